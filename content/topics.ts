import { helpLine, say, crisisLines } from './helpLine';
import type { AnyTopic, FollowUp, ListTopic, TopicId } from './types';

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
  reprompt: 'Should I say those numbers again?',
  offer: { kind: 'repeat' },
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
};

export const topics: Record<TopicId, AnyTopic> = {
  whatIs: {
    title: 'What is baclofen?',
    speech:
      'Baclofen is a prescription muscle relaxant, not an opioid. It eases muscle spasms and stiffness by acting on the brain and spinal cord.',
    followUp: {
      question: 'Want to hear how it works?',
      reprompt: 'Would you like to hear how baclofen works?',
      offer: { kind: 'topic', topic: 'howItWorks' },
    },
    cardText:
      'Baclofen is a prescription muscle relaxant and antispastic. It eases spasms and stiffness by acting on the brain and spinal cord.',
    points: ['Prescription muscle relaxant', 'Eases spasms and stiffness', 'Acts on the brain and spinal cord'],
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
  },
  uses: {
    title: 'What baclofen treats',
    speech:
      'Doctors prescribe baclofen for spasticity, meaning muscle stiffness and spasms, mostly from multiple sclerosis or spinal cord injuries and diseases.',
    followUp: {
      question: "Want to know how it's taken?",
      reprompt: 'Would you like to hear how baclofen is taken?',
      offer: { kind: 'topic', topic: 'howTaken' },
    },
    cardText:
      'Baclofen treats spasticity (stiffness and spasms), mainly from multiple sclerosis and spinal cord injuries or diseases.',
    points: ['Spasticity: stiffness and spasms', 'Multiple sclerosis', 'Spinal cord injuries and diseases'],
  },
  howTaken: {
    title: 'How baclofen is taken',
    speech:
      'Most people take baclofen as a tablet or a liquid by mouth. For severe, long-term spasticity, an implanted pump can deliver it straight into the spinal fluid.',
    followUp: {
      question: 'Want to hear the common side effects?',
      reprompt: 'Would you like to hear the common side effects?',
      offer: { kind: 'topic', topic: 'sideEffects' },
    },
    cardText:
      'Tablets or liquid by mouth. For severe long-term spasticity, an implanted pump delivers it into the spinal fluid (intrathecal).',
    points: ['Tablet or liquid by mouth', 'Implanted pump for severe cases', 'Pump doses go into the spinal fluid'],
  },
  sideEffects,
  seriousSideEffects: {
    title: 'Serious side effects',
    speech:
      "Less often, baclofen causes hallucinations, confusion or seizures, mostly with misuse or when it's stopped suddenly. Suddenly stopping a baclofen pump can be life-threatening.",
    followUp: {
      question: 'Want to hear about withdrawal?',
      reprompt: 'Would you like to hear about baclofen withdrawal?',
      offer: { kind: 'topic', topic: 'withdrawal' },
    },
    cardText:
      'Hallucinations, confusion and seizures, mostly with misuse or sudden stopping. Stopping an implanted pump suddenly can cause high fever, confusion, rebound stiffness and can be life-threatening.',
    points: ['Hallucinations and confusion', 'Seizures', 'Never stop a pump suddenly'],
  },
  addiction: {
    title: 'Is baclofen addictive?',
    speech:
      "Baclofen isn't a controlled substance, and it isn't considered highly addictive like opioids. But some people take extra for its sedating effect, and that misuse can lead to dependence.",
    followUp: offerHelp,
    cardText:
      'Not a controlled substance and not considered highly addictive like opioids or stimulants, but taking more than prescribed for the sedative effect can lead to dependence.',
    points: ['Not a controlled substance', 'Not highly addictive like opioids', 'Misuse can lead to dependence'],
  },
  withdrawal: {
    title: 'Withdrawal and stopping safely',
    speech:
      'After long use, stopping baclofen suddenly can cause agitation, hallucinations or seizures. The safe way is to lower the dose slowly, with your prescriber.',
    followUp: offerHelp,
    cardText:
      'Stopping suddenly after long use can cause agitation, hallucinations or seizures. Doses are lowered slowly, with the prescriber.',
    points: ['Agitation and hallucinations', 'Seizures', 'Taper slowly with your prescriber'],
  },
  alcohol: {
    title: 'Baclofen and alcohol cravings',
    speech:
      "Researchers have studied baclofen for easing alcohol cravings, but more research is needed. In the U.S. it isn't an approved treatment for alcohol use disorder, though France approved it for that in 2018.",
    followUp: offerHelp,
    cardText:
      'Studied for reducing alcohol cravings and drinking. Not an FDA-approved treatment for alcohol use disorder in the US; approved for it in France in 2018.',
    points: ['Studied for alcohol cravings', 'Not FDA-approved for alcohol use disorder', 'Approved in France in 2018'],
  },
  overdoseSigns: {
    title: 'Signs of an overdose',
    speech: `If you think someone overdosed, call ${say.emergency} now. Signs include vomiting, extreme sleepiness, limp muscles, slow or shallow breathing, and seizures. ${crisisLines.poisonControl.name} is ${say.poisonControl}.`,
    followUp: offerRepeat,
    cardText:
      'Vomiting, extreme drowsiness, limp muscles, slow or shallow breathing, seizures, coma. Call 911 now. Poison Control: 1-800-222-1222.',
    points: ['Vomiting, extreme sleepiness', 'Slow or shallow breathing', 'Seizures: call 911'],
    noPromotion: true,
  },
  pumpProblem: {
    title: 'Pump stopped or running low',
    speech: `A baclofen pump that stops, alarms or runs low is urgent: call the doctor who manages it right away. If there's high fever, confusion or sudden severe stiffness, call ${say.emergency}.`,
    followUp: offerRepeat,
    cardText:
      'A pump that stops, alarms or runs low is urgent: call the doctor who manages it now. Suddenly stopping pump baclofen can cause high fever, confusion, rebound stiffness and muscle breakdown, and can be life-threatening. Those signs: call 911.',
    points: ['Call the pump doctor now', 'High fever or confusion: 911', 'Never let a pump run out'],
    noPromotion: true,
  },
  getHelp: {
    title: 'Getting help',
    speech: `If baclofen or another prescription drug is taking over, help is out there. ${helpLine.name} in ${helpLine.location} offers outpatient treatment, so you can recover while keeping up with daily life.`,
    followUp: offerNumber,
    cardText: `${helpLine.name} in ${helpLine.location} offers ${helpLine.what}, so you can keep up with daily life while you recover. Also free, confidential and 24/7: ${crisisLines.samhsa.name}, ${crisisLines.samhsa.display}.`,
    points: ['Outpatient treatment', 'Keep up with daily life', helpLine.location],
  },
  aboutSummit: {
    title: `About ${helpLine.name}`,
    speech: `${helpLine.name} is an outpatient program in ${helpLine.location} for people struggling with prescription drug misuse. You keep living at home, and they can answer questions about cost and insurance by phone.`,
    followUp: offerNumber,
    cardText: `${helpLine.name}: ${helpLine.what} in ${helpLine.location}. Structured, compassionate care while you live at home.`,
    points: ['Outpatient program', 'Prescription drug misuse', helpLine.location],
  },
};
