import type {
  IntentRequest,
  RequestEnvelope,
  Response,
  ResponseEnvelope,
  SessionEndedRequest,
  SessionResumedRequest,
} from 'ask-sdk-model';
import { Conversation, screenText, stripSsml, type SkillHandler } from '../tools/alexa/conversation';
import { Nlu, type InteractionModel } from '../tools/alexa/nlu';
import { consentCause, sessionResumedRequest } from '../tools/alexa/requests';

const model: InteractionModel = {
  interactionModel: {
    languageModel: {
      invocationName: 'baclofen guide',
      intents: [
        { name: 'WhatIsBaclofenIntent', samples: ['what is baclofen'] },
        { name: 'QuickFactIntent', samples: ['quick fact'] },
        { name: 'TextNumberIntent', samples: ['text me the number'] },
        { name: 'BrokenIntent', samples: ['break the skill'] },
        { name: 'AMAZON.StopIntent', samples: [] },
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.NoIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
      ],
    },
  },
};

const MOBILE = 'alexa::profile:mobile_number:read';

/**
 * A tiny skill standing in for the real one: it counts turns in a session attribute, answers
 * with a question (session open), says goodbye on Stop, leaves shouldEndSession out for
 * QuickFactIntent, asks for the mobile-number permission on TextNumberIntent and throws on
 * BrokenIntent. Every request it receives is recorded.
 */
function fakeSkill() {
  const received: RequestEnvelope[] = [];
  const handler: SkillHandler = async (event) => {
    received.push(event);
    const turns = Number(event.session?.attributes?.turns ?? 0) + 1;
    const reply = (response: Response): ResponseEnvelope => ({
      version: '1.0',
      sessionAttributes: { turns },
      response,
    });
    const ask = (text: string): ResponseEnvelope =>
      reply({
        outputSpeech: { type: 'SSML', ssml: `<speak>${text} Anything else?</speak>` },
        reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Anything else?</speak>' } },
        card: { type: 'Simple', title: 'Baclofen Guide', content: `Turn ${turns}\nof this session` },
        shouldEndSession: false,
      });
    const request = event.request;
    switch (request.type) {
      case 'LaunchRequest':
        return ask('Welcome.');
      case 'SessionEndedRequest':
        return { version: '1.0', response: {} };
      case 'SessionResumedRequest':
        return ask(`Permission ${(request.cause?.result as { status: string }).status.toLowerCase()}.`);
      case 'IntentRequest':
        switch (request.intent.name) {
          case 'AMAZON.StopIntent':
            return reply({ outputSpeech: { type: 'SSML', ssml: '<speak>Goodbye.</speak>' }, shouldEndSession: true });
          case 'QuickFactIntent':
            return reply({ outputSpeech: { type: 'SSML', ssml: '<speak>Baclofen is a muscle relaxant.</speak>' } });
          case 'TextNumberIntent':
            return reply({
              directives: [
                {
                  type: 'Connections.StartConnection',
                  uri: 'connection://AMAZON.AskForPermissionsConsent/2',
                  input: {
                    '@type': 'AskForPermissionsConsentRequest',
                    '@version': '2',
                    permissionScopes: [{ permissionScope: MOBILE, consentLevel: 'ACCOUNT' }],
                  },
                  token: 'text-number',
                },
              ],
            });
          case 'BrokenIntent':
            throw new Error('the skill broke');
          default:
            return ask(`You asked ${request.intent.name} on turn ${turns}.`);
        }
      default:
        return reply({});
    }
  };
  return { handler, received, last: () => received[received.length - 1] };
}

function setup(options: { screen?: boolean } = {}) {
  const skill = fakeSkill();
  const conversation = new Conversation(skill.handler, { nlu: new Nlu(model), ...options });
  return { skill, conversation };
}

const intentOf = (e: RequestEnvelope) => (e.request as IntentRequest).intent.name;

describe('Conversation sessions', () => {
  it('starts a new session when a plain question is the first thing said', async () => {
    const { skill, conversation } = setup();
    const turn = await conversation.say('what is baclofen');
    expect(turn.request.request.type).toBe('IntentRequest');
    expect(intentOf(turn.request)).toBe('WhatIsBaclofenIntent');
    expect(turn.request.session?.new).toBe(true);
    expect(turn.resolution).toMatchObject({ intent: 'WhatIsBaclofenIntent', match: 'exact' });
    expect(turn.sessionOpen).toBe(true);
    expect(skill.received).toHaveLength(1);
  });

  it('carries the session id and the attributes the skill returned into the next turn', async () => {
    const { skill, conversation } = setup();
    await conversation.say('open baclofen guide');
    const second = await conversation.say('what is baclofen');
    const third = await conversation.say('what is baclofen');

    const [launch, ...rest] = skill.received;
    expect(launch.request.type).toBe('LaunchRequest');
    expect(launch.session?.new).toBe(true);
    for (const request of rest) {
      expect(request.session?.new).toBe(false);
      expect(request.session?.sessionId).toBe(launch.session?.sessionId);
    }
    expect(second.request.session?.attributes).toEqual({ turns: 1 });
    expect(third.speech).toBe('You asked WhatIsBaclofenIntent on turn 3. Anything else?');
    expect(conversation.attributes).toEqual({ turns: 3 });
  });

  it('starts over with a new session and no attributes after the skill ends the session', async () => {
    const { conversation } = setup();
    const first = await conversation.say('what is baclofen');
    const goodbye = await conversation.say('stop');
    expect(goodbye).toMatchObject({ speech: 'Goodbye.', sessionOpen: false });
    expect(conversation.sessionOpen).toBe(false);

    const again = await conversation.say('what is baclofen');
    expect(again.request.session?.new).toBe(true);
    expect(again.request.session?.sessionId).not.toBe(first.request.session?.sessionId);
    expect(again.request.session?.attributes ?? {}).toEqual({});
    expect(again.speech).toContain('on turn 1.');
  });

  it('opens a fresh session on "open baclofen guide" even mid-session', async () => {
    const { conversation } = setup();
    const before = await conversation.say('what is baclofen');
    const launch = await conversation.say('Alexa, open baclofen guide');
    expect(launch.request.request.type).toBe('LaunchRequest');
    expect(launch.request.session?.new).toBe(true);
    expect(launch.request.session?.sessionId).not.toBe(before.request.session?.sessionId);
  });

  it('sends a one-shot question as the first IntentRequest of a new session', async () => {
    const { conversation } = setup();
    const turn = await conversation.say('ask baclofen guide what is baclofen');
    expect(turn.request.request.type).toBe('IntentRequest');
    expect(intentOf(turn.request)).toBe('WhatIsBaclofenIntent');
    expect(turn.request.session?.new).toBe(true);
    expect(turn.utterance).toBe('ask baclofen guide what is baclofen');
  });

  it('answers "exit" with a SessionEndedRequest (USER_INITIATED), never an intent', async () => {
    const { skill, conversation } = setup();
    const open = await conversation.say('open baclofen guide');
    const exit = await conversation.say('exit');
    const ended = skill.last();
    expect(ended.request.type).toBe('SessionEndedRequest');
    expect((ended.request as SessionEndedRequest).reason).toBe('USER_INITIATED');
    expect(ended.session?.sessionId).toBe(open.request.session?.sessionId);
    expect(exit.sessionOpen).toBe(false);

    const next = await conversation.say('what is baclofen');
    expect(next.request.session?.new).toBe(true);
  });

  it('sends nothing for "exit" when no session is open', async () => {
    const { skill, conversation } = setup();
    const turn = await conversation.say('exit');
    expect(turn.sent).toBe(false);
    expect(skill.received).toHaveLength(0);
  });

  it('ends the session on a speaker when the skill leaves shouldEndSession out, but not on a screen device', async () => {
    const speaker = setup();
    expect((await speaker.conversation.say('quick fact')).sessionOpen).toBe(false);

    const show = setup({ screen: true });
    const turn = await show.conversation.say('quick fact');
    expect(turn.sessionOpen).toBe(true);
    expect(turn.request.context.System.device?.supportedInterfaces['Alexa.Presentation.APL']).toEqual({
      runtime: { maxVersion: '2023.3' },
    });
    expect(turn.request.context.Viewport).toMatchObject({
      mode: 'HUB',
      shape: 'RECTANGLE',
      pixelWidth: 1280,
      pixelHeight: 800,
    });
  });

  it('closes the session when the skill throws, so the next utterance starts a new one', async () => {
    const { conversation } = setup();
    await conversation.say('what is baclofen');
    await expect(conversation.say('break the skill')).rejects.toThrow('the skill broke');
    expect(conversation.sessionOpen).toBe(false);
    expect((await conversation.say('what is baclofen')).request.session?.new).toBe(true);
  });

  it('replays the reprompt on the first silence and ends the session on the second', async () => {
    const { skill, conversation } = setup();
    await conversation.say('what is baclofen');
    const replay = await conversation.silence();
    expect(replay).toMatchObject({ sent: false, speech: 'Anything else?' });
    expect(skill.received).toHaveLength(1);

    const timeout = await conversation.silence();
    expect((skill.last().request as SessionEndedRequest).reason).toBe('EXCEEDED_MAX_REPROMPTS');
    expect(timeout.sessionOpen).toBe(false);
  });
});

describe('Conversation turns', () => {
  it('gives the speech as heard, the SSML, the reprompt and the card', async () => {
    const { conversation } = setup();
    const turn = await conversation.say('open baclofen guide');
    expect(turn.ssml).toBe('<speak>Welcome. Anything else?</speak>');
    expect(turn.speech).toBe('Welcome. Anything else?');
    expect(turn.reprompt).toBe('Anything else?');
    expect(turn.card).toEqual({ title: 'Baclofen Guide', text: 'Turn 1\nof this session' });
    expect(turn.directives).toEqual([]);
  });

  it('builds real-looking envelopes', async () => {
    const { conversation } = setup();
    const { request } = await conversation.say('what is baclofen');
    expect(request.version).toBe('1.0');
    expect(request.request.requestId).toMatch(/^amzn1\.echo-api\.request\.[0-9a-f-]{36}$/);
    expect(request.session?.sessionId).toMatch(/^amzn1\.echo-api\.session\.[0-9a-f-]{36}$/);
    expect(Date.parse(request.request.timestamp)).not.toBeNaN();
    expect(request.request.locale).toBe('en-US');
    expect(request.context.System.apiEndpoint).toBe('https://api.amazonalexa.com');
    expect(request.context.System.user.userId).toMatch(/^amzn1\.ask\.account\./);
    expect(request.context.System.application.applicationId).toMatch(/^amzn1\.ask\.skill\./);
  });
});

describe('Conversation and voice-forward consent', () => {
  it('keeps the session while Alexa asks for permission, then resumes it with the answer', async () => {
    const { skill, conversation } = setup();
    const ask = await conversation.say('text me the number');
    expect(ask.connection).toMatchObject({
      uri: 'connection://AMAZON.AskForPermissionsConsent/2',
      token: 'text-number',
      scopes: [MOBILE],
    });
    expect(ask.directives.map((d) => d.type)).toEqual(['Connections.StartConnection']);
    expect(ask.sessionOpen).toBe(true);

    const resumed = await conversation.say('yes');
    const request = skill.last();
    expect(request.request.type).toBe('SessionResumedRequest');
    expect((request.request as SessionResumedRequest).cause).toEqual({
      type: 'ConnectionCompleted',
      token: 'text-number',
      status: { code: '200', message: 'OK' },
      result: { status: 'ACCEPTED', isCardThrown: false },
    });
    expect(request.session?.sessionId).toBe(ask.request.session?.sessionId);
    expect(request.session?.new).toBe(false);
    expect(resumed.speech).toBe('Permission accepted. Anything else?');
    expect(conversation.pendingConnection).toBeUndefined();

    // Granted: later requests carry the consent token.
    await conversation.say('what is baclofen');
    expect(skill.last().context.System.user.permissions?.consentToken).toBeTruthy();
    expect(conversation.hasPermission(MOBILE)).toBe(true);
  });

  it.each([
    ['no', 'DENIED'],
    ['what is baclofen', 'NOT_ANSWERED'],
  ])('answers the permission prompt "%s" with %s and grants nothing', async (answer, status) => {
    const { skill, conversation } = setup();
    await conversation.say('text me the number');
    await conversation.say(answer);
    const cause = (skill.last().request as SessionResumedRequest).cause;
    expect((cause?.result as { status: string }).status).toBe(status);
    expect(skill.last().context.System.user.permissions).toBeUndefined();
  });

  it('lets a test answer the connection itself with send()', async () => {
    const { skill, conversation } = setup();
    const ask = await conversation.say('text me the number');
    const turn = await conversation.send({
      type: 'SessionResumedRequest',
      requestId: 'amzn1.echo-api.request.test',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      cause: consentCause('DENIED', ask.connection?.token),
    });
    expect(turn.speech).toBe('Permission denied. Anything else?');
    expect(skill.last().session?.sessionId).toBe(ask.request.session?.sessionId);
    expect(turn.utterance).toBe('');
  });

  it('sends a whole envelope as is', async () => {
    const { skill, conversation } = setup();
    const envelope = sessionResumedRequest(consentCause('NOT_ANSWERED', 'x'), {
      session: { sessionId: 'amzn1.echo-api.session.mine', new: false },
    });
    await conversation.send(envelope);
    expect(skill.last()).toBe(envelope);
    expect(conversation.currentSessionId).toBe('amzn1.echo-api.session.mine');
  });
});

describe('stripSsml', () => {
  it('removes tags, decodes the five XML entities and collapses whitespace', () => {
    const ssml =
      '<speak>Call <say-as interpret-as="telephone">1-800-222-1222</say-as> now.<break time="500ms"/>' +
      'Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;yo&apos; &amp;lt;\n  done</speak>';
    expect(stripSsml(ssml)).toBe(`Call 1-800-222-1222 now. Tom & Jerry <3 "hi" 'yo' &lt; done`);
  });

  it('keeps words apart across paragraphs and sentences', () => {
    expect(stripSsml('<speak><p>One.</p><p>Two.</p><s>Three</s></speak>')).toBe('One. Two. Three');
  });
});

describe('screenText', () => {
  it('collects the words of APL datasources, not the machinery', () => {
    const text = screenText([
      {
        type: 'Alexa.Presentation.APL.RenderDocument',
        token: 'home',
        document: { type: 'APL', version: '2023.3' },
        datasources: {
          payload: {
            title: 'Side effects',
            items: ['Drowsiness', 'Dizziness'],
            backgroundImageUrl: 'https://example.com/bg.png',
            button: { label: 'Text me the number', event: 'TextNumberIntent' },
            kind: 'list',
          },
        },
      },
    ]);
    expect(text).toEqual(['Side effects', 'Drowsiness', 'Dizziness', 'Text me the number']);
  });
});
