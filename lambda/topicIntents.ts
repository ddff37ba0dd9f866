import type { TopicId } from '../content';

/** Interaction-model intent → the content topic it asks for. */
export const topicIntents: Readonly<Record<string, TopicId>> = {
  WhatIsBaclofenIntent: 'whatIs',
  HowItWorksIntent: 'howItWorks',
  UsesIntent: 'uses',
  HowTakenIntent: 'howTaken',
  WithFoodIntent: 'withFood',
  SideEffectsIntent: 'sideEffects',
  SeriousSideEffectsIntent: 'seriousSideEffects',
  AddictionIntent: 'addiction',
  WithdrawalIntent: 'withdrawal',
  RunningOutIntent: 'runningOut',
  MixingIntent: 'mixing',
  KidneysIntent: 'kidneys',
  AlcoholCravingsIntent: 'alcohol',
  OverdoseSignsIntent: 'overdoseSigns',
  PumpProblemIntent: 'pumpProblem',
  GetHelpIntent: 'getHelp',
  AboutSummitHelpsIntent: 'aboutSummit',
};
