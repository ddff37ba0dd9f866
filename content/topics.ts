import { crisisLines, helpLine, say } from './helpLine';
import type { AnyTopic, FollowUp, ListTopic, TopicId } from './types';

/**
 * One breath per turn: a one-shot answer is heard as "short disclaimer + speech + question", and
 * the whole of it stays within about 45 words (test/breath.test.ts counts every turn). Urgent
 * topics lead with what to do and may run a little longer: a life can depend on them.
 */

/** Follow-ups shared by several topics. */
const offerHelp: FollowUp = {
  question: 'Want to hear how to get help?',
  reprompt: `Would you like to hear about getting help from ${helpLine.name}?`,
  offer: { kind: 'topic', topic: 'getHelp' },
};
const offerNumber: FollowUp = {
  question: 'Want their phone number?',
  reprompt: `Would you like the phone number for ${helpLine.name}?`,
  offer: { kind: 'readNumber' },
};
const offerRepeat: FollowUp = {
  question: 'Want me to repeat that?',
  reprompt: 'Should I say that again?',
  offer: { kind: 'repeat' },
};
const offerSideEffects: FollowUp = {
  question: 'Want to hear the common side effects?',
  reprompt: 'Would you like to hear the common side effects?',
  offer: { kind: 'topic', topic: 'sideEffects' },
};
const offerRunningOut: FollowUp = {
  question: 'Want to hear about running out?',
  reprompt: 'Would you like to hear what to do if you run out of baclofen?',
  offer: { kind: 'topic', topic: 'runningOut' },
};

export const sideEffects: ListTopic = {
  title: 'Common side effects',
  intro: 'Common side effects include',
  continuation: 'Others include',
  items: [
    'drowsiness',
    'dizziness',
    'weakness',
    'tiredness',
    'headache',
    'nausea',
    'constipation',
    'confusion',
    'trouble sleeping',
    'low blood pressure',
    'needing to urinate more often',
  ],
  closing: 'Alcohol and other sedatives make the drowsiness worse.',
  moreQuestion: {
    question: 'Want to hear more?',
    reprompt: 'Should I keep going with the side effects?',
    offer: { kind: 'moreList' },
  },
  followUp: {
    question: 'Want to hear about the serious ones?',
    reprompt: 'Would you like to hear about serious side effects?',
    offer: { kind: 'topic', topic: 'seriousSideEffects' },
  },
  cardText:
    'Common: drowsiness, dizziness, weakness, tiredness, headache, nausea, constipation, confusion, trouble sleeping, low blood pressure, urinating more often. Alcohol and sedatives add to drowsiness.',
  points: ['Drowsiness, dizziness, weakness', 'Headache, nausea, constipation', 'Alcohol adds to drowsiness'],
  lines: 'none',
};

export const topics: Record<TopicId, AnyTopic> = {
  whatIs: {
    title: 'What is baclofen?',
    speech:
      'Baclofen is a prescription muscle relaxant. It is not an opioid or a controlled substance. It eases spasms and stiffness by acting on the brain and spinal cord.',
    followUp: {
      question: 'Want to hear how it works?',
      reprompt: 'Would you like to hear how baclofen works?',
      offer: { kind: 'topic', topic: 'howItWorks' },
    },
    cardText:
      'Baclofen is a prescription muscle relaxant and antispastic. Not an opioid, not a controlled substance in the U.S. It eases spasms and stiffness by acting on the brain and spinal cord.',
    points: ['Prescription muscle relaxant', 'Not an opioid, not controlled', 'Eases spasms and stiffness'],
    lines: 'none',
  },
  howItWorks: {
    title: 'How baclofen works',
    speech:
      "Baclofen acts like GABA, a natural chemical that calms over-active nerve signals. Calmer signals let tight muscles relax. Even the label says the exact mechanism isn't fully known.",
    followUp: {
      question: "Want to hear what it's used for?",
      reprompt: 'Would you like to hear what baclofen treats?',
      offer: { kind: 'topic', topic: 'uses' },
    },
    cardText:
      'Baclofen mimics GABA, a chemical that calms over-active nerve signals, so tight muscles relax. The exact mechanism is not fully known.',
    points: ['Acts like the calming chemical GABA', 'Quiets over-active nerve signals', 'Lets tight muscles relax'],
    lines: 'none',
  },
  uses: {
    title: 'What baclofen treats',
    speech:
      'Doctors prescribe baclofen for spasticity, meaning stiffness and spasms, mostly from multiple sclerosis or spinal cord problems. Through a pump, it also treats severe spasticity from cerebral palsy or brain injury.',
    followUp: {
      question: "Want to know how it's taken?",
      reprompt: 'Would you like to hear how baclofen is taken?',
      offer: { kind: 'topic', topic: 'howTaken' },
    },
    cardText:
      'Baclofen treats spasticity (stiffness and spasms), mainly from multiple sclerosis and spinal cord injuries or diseases. The implanted pump also treats severe spasticity from cerebral palsy or brain injury.',
    points: [
      'Spasticity: stiffness and spasms',
      'Multiple sclerosis, spinal cord injury',
      'Pump: cerebral palsy, brain injury',
    ],
    lines: 'none',
  },
  howTaken: {
    title: 'How baclofen is taken',
    speech:
      'Most people take baclofen by mouth, as tablets, a liquid, or granules. For severe, long-term spasticity, an implanted pump can deliver it into the spinal fluid.',
    followUp: offerSideEffects,
    cardText:
      'By mouth: tablets, a liquid (solution or suspension) or oral granules. For severe long-term spasticity, an implanted pump delivers it into the spinal fluid (intrathecal).',
    points: ['Tablets, liquid or granules', 'Implanted pump for severe cases', 'Pump doses go into the spinal fluid'],
    lines: 'none',
  },
  withFood: {
    title: 'Baclofen and food',
    speech:
      'Whether to take baclofen with food or on an empty stomach is a quick question for your pharmacist, who knows which form you have.',
    followUp: offerSideEffects,
    cardText:
      'With food or without: ask your pharmacist, who knows the form you take. By mouth, baclofen comes as tablets, a liquid (solution or suspension) or oral granules.',
    points: ['With food or not: ask your pharmacist', 'Tablets, liquid or granules'],
    lines: 'none',
  },
  sideEffects,
  seriousSideEffects: {
    title: 'Serious side effects',
    speech: `Less often, baclofen causes hallucinations, confusion or seizures, mostly with misuse or a sudden stop. If too much slows breathing, call ${say.emergency}. Stopping a pump suddenly can be life-threatening.`,
    followUp: {
      question: 'Want to hear about withdrawal?',
      reprompt: 'Would you like to hear about baclofen withdrawal?',
      offer: { kind: 'topic', topic: 'withdrawal' },
    },
    cardText:
      'Hallucinations, confusion and seizures, mostly with misuse or sudden stopping. Too much can slow breathing: call 911. Stopping an implanted pump suddenly can cause high fever, confusion and rebound stiffness, and can be life-threatening: call 911 for those signs.',
    points: ['Hallucinations and confusion', 'Seizures, slowed breathing', 'Never stop a pump suddenly'],
    lines: 'none',
  },
  addiction: {
    title: 'Is baclofen addictive?',
    speech:
      "Baclofen isn't a controlled substance, but the body gets used to it, even taken as prescribed, so stopping suddenly is risky. Some people also misuse it for its sedating effect.",
    followUp: offerHelp,
    cardText:
      'Not a controlled substance or an opioid. With regular use the body gets used to it, even as prescribed, so stopping suddenly is risky. Some people misuse it, taking more for the sedative effect.',
    points: ['Not a controlled substance', 'The body gets used to it', 'Misuse happens too'],
    lines: 'helpLine',
  },
  withdrawal: {
    title: 'Withdrawal and stopping safely',
    speech: `Stopping baclofen suddenly after regular use can be life-threatening: seizures, hallucinations, high fever, stiffness coming back hard. Your prescriber lowers the dose slowly. Signs like that now? Call ${say.emergency}.`,
    followUp: offerRunningOut,
    cardText:
      'Stopping suddenly after regular use can cause seizures, hallucinations, confusion, high fever and stiffness coming back hard, and can be life-threatening. The prescriber lowers the dose slowly. Those signs happening now: call 911.',
    points: ['Can be life-threatening', 'Taper slowly with your prescriber', 'Signs now: call 911'],
    lines: 'helpLine',
  },
  runningOut: {
    title: 'Running out of baclofen',
    speech: `If you've missed doses or are running out of baclofen, call your prescriber or pharmacist today: stopping suddenly is risky. If there's confusion, hallucinations, high fever or a seizure, call ${say.emergency}.`,
    followUp: {
      question: 'Want to hear the signs of withdrawal?',
      reprompt: 'Would you like to hear about baclofen withdrawal?',
      offer: { kind: 'topic', topic: 'withdrawal' },
    },
    cardText:
      'Call your prescriber or pharmacist the same day: stopping baclofen suddenly is risky. Confusion, hallucinations, high fever, returning stiffness or a seizure: call 911.',
    points: ['Call your prescriber or pharmacist today', 'Don\u2019t stop suddenly', 'Withdrawal signs: call 911'],
    lines: 'emergency',
    urgent: true,
  },
  mixing: {
    title: 'Mixing baclofen with alcohol or sedatives',
    speech:
      "Alcohol, opioids, benzodiazepines like Xanax, and sleep medicines add to baclofen's drowsiness, and together they can slow breathing. Whether a mix is safe for you is for your doctor or pharmacist.",
    followUp: offerSideEffects,
    cardText:
      'Alcohol, opioids, benzodiazepines (Xanax, Valium, Klonopin), sleep medicines and other sedating drugs add to drowsiness and dizziness, and together can slow breathing. Ask your doctor or pharmacist whether a mix is safe for you. Trouble breathing: call 911.',
    points: ['Alcohol, opioids, benzodiazepines', 'Sleep medicines add drowsiness', 'Together: slowed breathing'],
    lines: 'none',
  },
  kidneys: {
    title: 'Baclofen and the kidneys',
    speech:
      'Baclofen leaves the body mostly through the kidneys, so with kidney problems it can build up, even at usual doses. Your prescriber adjusts the dose, so ask them.',
    followUp: {
      question: 'Want to hear the signs of an overdose?',
      reprompt: 'Would you like to hear the signs of too much baclofen?',
      offer: { kind: 'topic', topic: 'overdoseSigns' },
    },
    cardText:
      'Baclofen leaves the body mostly through the kidneys. With kidney problems it can build up to toxic levels even at usual doses (confusion, extreme sleepiness, slowed breathing). The prescriber adjusts the dose.',
    points: ['Cleared by the kidneys', 'Can build up with kidney problems', 'Your prescriber adjusts the dose'],
    lines: 'none',
  },
  alcohol: {
    title: 'Baclofen and alcohol cravings',
    speech:
      "Baclofen has been studied for alcohol cravings, with mixed results. It's not FDA-approved for that; France approved it in 2018 to help some adults cut down drinking when other medicines failed.",
    followUp: {
      question: 'Want the number of a free helpline?',
      reprompt: `Would you like the number for the ${say.samhsaName} National Helpline? It covers alcohol too.`,
      offer: { kind: 'readSamhsa' },
    },
    cardText: `Studied for reducing alcohol cravings and drinking, with mixed results. Not FDA-approved for alcohol use disorder in the US. France approved it in 2018 for some adults with alcohol dependence, to cut down drinking after other medicines failed. ${crisisLines.samhsa.name}: ${crisisLines.samhsa.display} (free, confidential, 24/7).`,
    points: ['Studied for alcohol cravings', 'Not FDA-approved for it', 'France, 2018: some adults'],
    lines: 'helpLine',
  },
  overdoseSigns: {
    title: 'Signs of an overdose',
    speech: `If you think someone overdosed, call ${say.emergency} now. Signs include vomiting, extreme sleepiness or not waking up, limp muscles, slow or shallow breathing, a slow heartbeat, and seizures. ${crisisLines.poisonControl.name} is ${say.poisonControl}.`,
    followUp: offerRepeat,
    cardText:
      'Call 911 now for any of these: vomiting, extreme drowsiness, won\u2019t wake up, limp muscles, slow or shallow breathing, slow heartbeat, seizures. Poison Control: 1-800-222-1222.',
    points: ['Any of these: call 911 now', 'Won\u2019t wake up, slow breathing', 'Vomiting, limp muscles, seizures'],
    lines: 'emergency',
    urgent: true,
  },
  pumpProblem: {
    title: 'Pump alarm or missed refill',
    speech: `A pump alarm, a missed refill, or old stiffness, itching or tingling coming back is urgent: call the doctor who manages the pump now. If you can't reach them, or there's high fever or confusion, go to the emergency room or call ${say.emergency}.`,
    followUp: offerRepeat,
    cardText:
      'A pump alarm, a missed refill, or early signs (old stiffness returning, itching, tingling): call the pump doctor now. Can\u2019t reach them, or high fever, confusion, severe stiffness: emergency room or 911. Pump withdrawal can be life-threatening.',
    points: [
      'Call the pump doctor now',
      'Early signs: stiffness, itching, tingling',
      'Can\u2019t reach them: ER or 911',
    ],
    lines: 'emergency',
    urgent: true,
  },
  getHelp: {
    title: 'Getting help',
    speech: `Don't stop suddenly on your own: a doctor can taper it safely. ${helpLine.name} in ${helpLine.location} offers outpatient treatment for prescription drug misuse, while you keep up with daily life.`,
    followUp: offerNumber,
    cardText: `Don't stop baclofen suddenly on your own: a doctor can taper it safely. ${helpLine.name} in ${helpLine.location} offers ${helpLine.what}, so you can keep up with daily life while you recover. Also free, confidential and 24/7: ${crisisLines.samhsa.name}, ${crisisLines.samhsa.display}.`,
    points: ['Don\u2019t stop suddenly alone', 'Outpatient treatment', helpLine.location],
    lines: 'helpLine',
  },
  aboutSummit: {
    title: `About ${helpLine.name}`,
    speech: `${helpLine.name} is an outpatient program in ${helpLine.location} for people struggling with prescription drug misuse. You get structured care while you keep living at home.`,
    followUp: offerNumber,
    cardText: `${helpLine.name}: ${helpLine.what} in ${helpLine.location}. Structured care while you live at home.`,
    points: ['Outpatient program', 'Prescription drug misuse', helpLine.location],
    lines: 'helpLine',
  },
};
