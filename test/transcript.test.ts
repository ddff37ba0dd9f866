import { helpLine } from '../content';
import { converse, expectDialogue } from './support/dialogue';

/**
 * Whole conversations: utterance → interaction model → handler → what the listener hears.
 * Launch, help and goodbye have variants, so those lines use … for the varying words.
 */
describe('conversations a listener would have', () => {
  it('launch, a list read three at a time, more, repeat, the number, stop', async () => {
    await expectDialogue(
      converse(),
      `
      U: open baclofen guide
      A: … not medical advice. … What would you like to know?
      U: what are the side effects
      A: Common side effects include drowsiness, dizziness, and weakness. Want to hear more?
      card: drowsiness, dizziness
      U: yes
      A: Others include tiredness, headache, and nausea. Want to hear more?
      U: repeat
      A: Others include tiredness, headache, and nausea. Want to hear more?
      U: more
      A: Others include constipation, confusion, and trouble sleeping. Want to hear more?
      U: next
      A: Others include low blood pressure and needing to urinate more often. Alcohol and other sedatives make the drowsiness worse. Want to hear about the serious ones?
      U: yes
      A: Less often, baclofen causes hallucinations, confusion or seizures, … Want to hear about withdrawal?
      U: what's the number
      A: The Summit Helps number is (609) 403-3933. It's also in your Alexa app. Want me to say it again?
      card: ${helpLine.phoneDisplay}
      U: yes
      A: The Summit Helps number is (609) 403-3933. Want me to text it to your phone?
      U: stop
      A: …ake care…
      (session ended)
      `,
    );
  });

  it('says the disclaimer once, on the first answer of a one-shot session', async () => {
    const conversation = converse();
    const [first, second] = await expectDialogue(
      conversation,
      `
      U: ask baclofen guide is baclofen addictive
      A: This is general information, not medical advice. Baclofen isn't a controlled substance, but the body gets used to it, even taken as prescribed, so stopping suddenly is risky. … Want to hear how to get help?
      U: what about withdrawal
      A: Stopping baclofen suddenly after regular use can be life-threatening: … Call 911. Want to hear about running out?
      `,
    );
    expect(first.speech).toContain('not medical advice');
    expect(second.speech).not.toContain('not medical advice');
  });

  it('follows yes through the offers to the help line, and no ends politely', async () => {
    await expectDialogue(
      converse(),
      `
      U: ask baclofen guide does baclofen help with alcohol cravings
      A: … Baclofen has been studied for alcohol cravings, with mixed results. … Want the number of a free helpline?
      U: yes
      A: The SAMHSA National Helpline is 1-800-662-4357. It's free and confidential. Want me to say it again?
      U: i can't stop taking baclofen
      A: Don't stop suddenly on your own: a doctor can taper it safely. Summit Helps in Princeton, New Jersey … Want their phone number?
      U: no
      A: Okay. There's also the free SAMHSA National Helpline, any time, in English or Spanish. Want that number?
      (session open)
      U: no
      A: Okay. Is there anything else you want to know about baclofen?
      U: no
      A: …ake care…
      (session ended)
      `,
    );
  });

  it('answers help and fallback with what the skill can do, and keeps the session open', async () => {
    await expectDialogue(
      converse(),
      `
      U: open baclofen guide
      A: …
      U: help
      A: … What would you like to know?
      (session open)
      U: what's the weather in paris tomorrow
      A: Sorry, I didn't catch that. If anyone is in danger, call 911; for thoughts of suicide, 988. I can tell you about … What would you like to know?
      (session open)
      U: cancel
      A: …ake care…
      (session ended)
      `,
    );
  });

  it('sends personal medical questions to a doctor or pharmacist', async () => {
    await expectDialogue(
      converse(),
      `
      U: ask baclofen guide how much baclofen can i take
      A: This is general information, not medical advice. That depends on your own health and medicines, so it's a question for your doctor or pharmacist. … What would you like to know?
      U: can i take it while pregnant
      A: Your doctor or pharmacist is the one to ask about that, since it depends on you. … What would you like to know?
      U: can i give baclofen to my child
      A: I can't answer that for you personally. A pharmacist can, … What would you like to know?
      U: can i drive on baclofen
      A: Baclofen can make you drowsy or dizzy, so don't drive or use machines until you know how it affects you. … What would you like to know?
      U: will baclofen show up on a drug test
      A: Baclofen isn't an opioid or a controlled substance. What a given drug test looks for varies, … What would you like to know?
      U: how long does baclofen stay in your system
      A: Baclofen leaves the body mostly through the kidneys, so how long it stays depends on your kidneys and your dose. … What would you like to know?
      `,
    );
  });

  it('answers baclofen with a medicine that is not a sedative as a personal question, and with a sedative as mixing', async () => {
    await expectDialogue(
      converse(),
      `
      U: ask baclofen guide can i take baclofen with ibuprofen
      A: This is general information, not medical advice. That depends on your own health and medicines, so it's a question for your doctor or pharmacist. … What would you like to know?
      U: is it okay with my blood pressure pills
      A: Your doctor or pharmacist is the one to ask about that, since it depends on you. … What would you like to know?
      U: can i take it with xanax
      A: Alcohol, opioids, benzodiazepines like Xanax, and sleep medicines add to baclofen's drowsiness, … Want to hear the common side effects?
      `,
    );
  });

  it('puts emergencies first, with no promotion, in any state', async () => {
    const turns = await expectDialogue(
      converse(),
      `
      U: what are the side effects
      A: …
      U: my husband took too much baclofen
      A: Call 911 right now. Then Poison Control: 1-800-222-1222. If someone took pills to hurt themselves, call or text 988 too, after 911. I can't place the call for you. Want me to repeat that?
      U: yes
      A: Call 911 right now. … Want me to repeat that?
      U: no
      A: …ake care…
      (session ended)
      U: ask baclofen guide i want to hurt myself
      A: I'm really sorry you're going through this. You can call or text 988, the Suicide and Crisis Lifeline, any time. If anyone has taken pills or is in danger now, call 911. Poison Control is 1-800-222-1222. Want me to repeat that?
      `,
    );
    for (const turn of turns.slice(1)) {
      expect(turn.speech).not.toContain(helpLine.name);
      expect(turn.card?.text ?? '').not.toContain(helpLine.phoneDisplay);
    }
  });

  it('leads an urgent answer with what to do: no disclaimer before it, no promotion after it', async () => {
    const [signs, , pump] = await expectDialogue(
      converse(),
      `
      U: ask baclofen guide what are the signs of a baclofen overdose
      A: If you think someone overdosed, call 911 now. … Want me to repeat that?
      U: no
      (session ended)
      U: ask baclofen guide what happens if the pump runs out
      A: A pump alarm, a missed refill, or old stiffness, itching or tingling coming back is urgent: call the doctor who manages the pump now. If you can't reach them, … go to the emergency room or call 911. Want me to repeat that?
      `,
    );
    for (const turn of [signs, pump]) {
      expect(turn.speech).not.toContain('medical advice');
      expect(turn.speech).not.toContain(helpLine.name);
    }
  });

  it('repeats nothing gracefully and says when a list has no more', async () => {
    await expectDialogue(
      converse(),
      `
      U: repeat
      A: I haven't said anything yet. What would you like to know?
      U: what is baclofen
      A: … Baclofen is a prescription muscle relaxant. It is not an opioid or a controlled substance. … Want to hear how it works?
      U: more
      A: Baclofen acts like GABA, … Want to hear what it's used for?
      U: start over
      A: Okay, let's start over. What would you like to know?
      U: next
      A: That's all I have on that. What would you like to know?
      `,
    );
  });

  describe('with texting switched off (SMS_DAILY_LIMIT=0)', () => {
    beforeEach(() => {
      process.env.SMS_DAILY_LIMIT = '0';
      process.env.SKILL_STORE = 'memory';
    });
    afterEach(() => {
      delete process.env.SMS_DAILY_LIMIT;
      delete process.env.SKILL_STORE;
    });

    it('never offers a text, and says so plainly when asked for one', async () => {
      await expectDialogue(
        converse({ grantedScopes: ['alexa::profile:mobile_number:read'] }),
        `
        U: what's the number
        A: The Summit Helps number is (609) 403-3933. It's also in your Alexa app. Want me to say it again?
        U: yes
        A: The Summit Helps number is (609) 403-3933. Is there anything else you want to know about baclofen?
        U: text me the number
        A: I can't send texts from here. The Summit Helps number is (609) 403-3933. It's also in your Alexa app. Want me to say the number again?
        card: ${helpLine.phoneDisplay}
        `,
      );
    });
  });

  it('ends the session without a reply when the listener says exit', async () => {
    const conversation = converse();
    await conversation.say('open baclofen guide');
    const exit = await conversation.say('exit');
    expect(exit.request.request.type).toBe('SessionEndedRequest');
    expect(exit.response.response.outputSpeech).toBeUndefined();
    expect(conversation.sessionOpen).toBe(false);
  });
});
