import { crisisLines, helpLine } from './helpLine';

/**
 * Words that appear only on screens (Echo Show, Echo Spot, Fire TV). Everything else a
 * screen shows comes from the topics, the prompts and the help line, so a screen and the
 * answer it goes with never disagree.
 */

/** A phone number with what it is, as a screen lists it. */
export interface ScreenNumber {
  label: string;
  number: string;
}

/** Button labels. Never "Call": the skill cannot place a call (VOICE-DESIGN). */
export const buttons: Readonly<Record<'textNumber' | 'hearNumber' | 'moreItems', string>> = {
  textNumber: 'Text me the number',
  hearNumber: 'Hear the number',
  moreItems: 'More',
};

/** What to say to get the number on your phone, shown under the help-line number. */
export const textNumberHint: string = 'Try "text me the number"';

/** The help line as it sits at the bottom of every screen that may carry promotion. */
export const helpLineNumber: ScreenNumber = { label: helpLine.name, number: helpLine.phoneDisplay };

const emergencyNumber: ScreenNumber = { label: 'Emergency', number: crisisLines.emergency.display };
const poisonControlNumber: ScreenNumber = {
  label: crisisLines.poisonControl.name,
  number: crisisLines.poisonControl.display,
};
const lifelineNumber: ScreenNumber = {
  label: 'Suicide and Crisis Lifeline: call or text',
  number: crisisLines.lifeline.display,
};

/** Emergency screens: the three public lines and nothing else (no promotion, no buttons). */
export const emergency = {
  title: 'Emergency',
  numbers: [emergencyNumber, poisonControlNumber, lifelineNumber],
};
/** Thoughts of self-harm: the same three lines, 988 first. */
export const selfHarm = {
  title: 'Talk to someone now',
  numbers: [lifelineNumber, emergencyNumber, poisonControlNumber],
};
/** Topics that carry no promotion (overdose signs) show these instead of the help line. */
export const noPromotionNumbers: ScreenNumber[] = [emergencyNumber, poisonControlNumber];

/** Launch and help: what to ask, with the help line below. */
export const home = {
  title: 'Baclofen Guide',
  points: ['"What are the side effects?"', '"Is baclofen addictive?"', '"Text me the number"'],
};

/** A personal medical question (the title is the card's): what belongs with a doctor or pharmacist. */
export const askYourDoctor = {
  points: ['Your dose', 'Pregnancy or children', 'Other medicines or alcohol'],
};
