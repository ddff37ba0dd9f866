import type { interfaces, RequestEnvelope, Response, ResponseEnvelope, ui } from 'ask-sdk-model';
import { crisisLines, helpLine, prompts, topics, type ListTopic } from '../content';
import * as screenWords from '../content/screens';
import { handler } from '../lambda';
import { ScreenEventRouter } from '../lambda/interceptors/screenEvents';
import { LIST_PAGE_SIZE } from '../lambda/replies';
import type { ScreenPayload } from '../lambda/screens/screen';
import { topicIntents } from '../lambda/topicIntents';
import {
  envelope,
  intentRequest,
  launchRequest,
  newRequestId,
  newSessionId,
  type EnvelopeOptions,
} from '../tools/alexa/requests';

process.env.LOG_LEVEL = 'silent';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** One device in one session: keeps the session attributes between turns, as Alexa does. */
class Device {
  private readonly sessionId = newSessionId();
  private attributes: Record<string, unknown> | undefined;

  constructor(private readonly screen: boolean) {}

  private options(): EnvelopeOptions {
    const started = this.attributes !== undefined;
    return { screen: this.screen, session: { sessionId: this.sessionId, new: !started, attributes: this.attributes } };
  }

  private async send(request: RequestEnvelope): Promise<Response> {
    const reply: ResponseEnvelope = await handler(request);
    this.attributes = reply.sessionAttributes ?? {};
    return reply.response;
  }

  open(): Promise<Response> {
    return this.send(launchRequest(this.options()));
  }

  say(intent: string): Promise<Response> {
    return this.send(intentRequest(intent, {}, this.options()));
  }

  /** A tap on a screen button: an APL UserEvent with the button's SendEvent arguments. */
  tap(...args: unknown[]): Promise<Response> {
    const request: interfaces.alexa.presentation.apl.UserEvent = {
      type: 'Alexa.Presentation.APL.UserEvent',
      requestId: newRequestId(),
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      token: 'baclofenGuideScreen',
      arguments: args,
      source: { type: 'TouchWrapper', handler: 'Press', id: '' },
    };
    return this.send(envelope(request, this.options()));
  }
}

const echoShow = () => new Device(true);
const speaker = () => new Device(false);

function renderDirectives(response: Response): RenderDocument[] {
  return (response.directives ?? []).filter(
    (d): d is RenderDocument => d.type === 'Alexa.Presentation.APL.RenderDocument',
  );
}

/** The one screen a response carries (fails when there is none, or more than one). */
function screenOf(response: Response): ScreenPayload {
  const directives = renderDirectives(response);
  expect(directives).toHaveLength(1);
  return directives[0].datasources?.payload as ScreenPayload;
}

function cardText(response: Response): string {
  const card = response.card as ui.SimpleCard | ui.StandardCard | undefined;
  expect(card).toBeDefined();
  const body = card?.type === 'Simple' ? card.content : (card as ui.StandardCard).text;
  return `${card?.title}\n${body}`;
}

const speech = (response: Response) => (response.outputSpeech as { ssml: string }).ssml;
const numbersShown = (payload: ScreenPayload) => payload.numbers.map((n) => n.number);
const emergencyLines = [crisisLines.emergency.display, crisisLines.poisonControl.display, crisisLines.lifeline.display];

const listTopic = topics.sideEffects as ListTopic;
const listPages = Math.ceil(listTopic.items.length / LIST_PAGE_SIZE);
const topicIntentNames = Object.keys(topicIntents).filter((name) => topicIntents[name] !== 'sideEffects');

describe('screens go only to devices that can show them', () => {
  it('a speaker gets no APL directive for any answer, but the card', async () => {
    for (const intent of [...Object.keys(topicIntents), 'HelpLineNumberIntent', 'EmergencyIntent', 'SelfHarmIntent']) {
      const response = await speaker().say(intent);
      expect([intent, renderDirectives(response)]).toEqual([intent, []]);
      expect(response.card).toBeDefined();
    }
    expect(renderDirectives(await speaker().open())).toEqual([]);
  });

  it('an Echo Show gets exactly one screen with each answer, beside the same speech and card', async () => {
    const shown = await echoShow().say('WhatIsBaclofenIntent');
    const heard = await speaker().say('WhatIsBaclofenIntent');
    expect(screenOf(shown).title).toBe(topics.whatIs.title);
    expect(speech(shown)).toBe(speech(heard));
    expect(shown.card).toEqual(heard.card);
  });

  it('a device that reports some other interface only is treated as a speaker', async () => {
    const request = intentRequest('WhatIsBaclofenIntent', {}, { supportedInterfaces: { AudioPlayer: {} } });
    const { response } = await handler(request);
    expect(renderDirectives(response)).toEqual([]);
  });
});

describe('on an Echo Show an answer shows the number that fits its topic', () => {
  it.each(topicIntentNames)('%s: title, the topic points and the numbers', async (intent) => {
    const topic = topics[topicIntents[intent]];
    const payload = screenOf(await echoShow().say(intent));
    expect(payload.kind).toBe('topic');
    expect(payload.title).toBe(topic.title);
    expect(payload.points).toEqual(topic.points);
    if (topic.lines === 'emergency') {
      // Urgent topics (overdose signs, a pump alarm, running out): the emergency numbers, no help line, no buttons.
      expect(numbersShown(payload)).toEqual([crisisLines.emergency.display, crisisLines.poisonControl.display]);
      expect(JSON.stringify(payload)).not.toContain(helpLine.name);
      expect(payload.buttons).toEqual([]);
    } else if (topic.lines === 'helpLine') {
      // Misuse, withdrawal, alcohol, getting help: the help line and the two ways to get it.
      expect(numbersShown(payload)).toEqual([helpLine.phoneDisplay]);
      expect(payload.buttons.map((b) => b.event)).toEqual(['TextNumberIntent', 'HelpLineNumberIntent']);
    } else {
      // General facts: the answer alone, no promotion.
      expect(numbersShown(payload)).toEqual([]);
      expect(JSON.stringify(payload)).not.toContain(helpLine.name);
    }
  });

  it('the side effects: each page shows the items read on it, and "More" until the last', async () => {
    const device = echoShow();
    let response = await device.say('SideEffectsIntent');
    for (let page = 0; page < listPages; page++) {
      const payload = screenOf(response);
      const items = listTopic.items.slice(page * LIST_PAGE_SIZE, (page + 1) * LIST_PAGE_SIZE);
      expect(payload.kind).toBe('list');
      expect(payload.title).toBe(listTopic.title);
      expect(payload.points.map((p) => p.toLowerCase())).toEqual(items);
      for (const item of items) expect(speech(response)).toContain(item);
      // A general topic: no help line on its screen.
      expect(payload.numbers).toEqual([]);
      const last = page === listPages - 1;
      expect(payload.buttons.some((b) => b.event === 'AMAZON.MoreIntent')).toBe(!last);
      response = await device.say('AMAZON.MoreIntent');
    }
  });

  it('the help line: name, location, number and "text me the number"', async () => {
    const payload = screenOf(await echoShow().say('HelpLineNumberIntent'));
    expect(payload).toMatchObject({
      kind: 'helpLine',
      title: helpLine.name,
      subtitle: helpLine.location,
      number: helpLine.phoneDisplay,
      hint: screenWords.textNumberHint,
    });
    expect(payload.buttons.map((b) => b.event)).toContain('TextNumberIntent');
  });

  it('an emergency: 911, Poison Control and 988, nothing else', async () => {
    const payload = screenOf(await echoShow().say('EmergencyIntent'));
    expect(payload.kind).toBe('emergency');
    expect(numbersShown(payload)).toEqual(emergencyLines);
    expect(payload).toMatchObject({ points: [], buttons: [], hint: '', subtitle: '' });
    expect(JSON.stringify(payload)).not.toContain(helpLine.name);
    expect(JSON.stringify(payload)).not.toContain(helpLine.phoneDisplay);
  });

  it('thoughts of self-harm: the same three lines, 988 first', async () => {
    const payload = screenOf(await echoShow().say('SelfHarmIntent'));
    expect(payload.kind).toBe('emergency');
    expect(payload.number).toBe(crisisLines.lifeline.display);
    expect([...numbersShown(payload)].sort()).toEqual([...emergencyLines].sort());
    expect(JSON.stringify(payload)).not.toContain(helpLine.name);
  });

  it('the welcome and help show the help line; a personal medical question does not', async () => {
    const device = echoShow();
    expect(screenOf(await device.open()).number).toBe(helpLine.phoneDisplay);
    expect(screenOf(await device.say('AMAZON.HelpIntent')).number).toBe(helpLine.phoneDisplay);
    const doctor = screenOf(await device.say('PersonalMedicalQuestionIntent'));
    expect(doctor.title).toBe(prompts.askYourDoctor.card.title);
    expect(doctor.numbers).toEqual([]);
    expect(JSON.stringify(doctor)).not.toContain(helpLine.name);
  });

  it('"repeat" shows the last screen again', async () => {
    const device = echoShow();
    const first = screenOf(await device.say('AddictionIntent'));
    expect(screenOf(await device.say('AMAZON.RepeatIntent'))).toEqual(first);
  });

  it('answers that deliver nothing new leave the screen as it is', async () => {
    const device = echoShow();
    await device.say('AddictionIntent');
    expect(renderDirectives(await device.say('AMAZON.FallbackIntent'))).toEqual([]);
    expect(renderDirectives(await device.say('AMAZON.StopIntent'))).toEqual([]);
  });
});

describe('in the Alexa app every answer shows a card with the numbers that fit it', () => {
  it.each(topicIntentNames)('%s', async (intent) => {
    const text = cardText(await speaker().say(intent));
    const lines = topics[topicIntents[intent]].lines;
    if (lines === 'none') expect(text).not.toContain(helpLine.name);
    else if (lines === 'emergency') {
      // Urgent topics: the emergency number in writing (and Poison Control for an overdose), no promotion.
      if (topicIntents[intent] === 'overdoseSigns') expect(text).toContain(crisisLines.poisonControl.display);
      expect(text).toContain('911');
      expect(text).not.toContain(helpLine.name);
    } else expect(text).toContain(helpLine.phoneDisplay);
  });

  it('every page of the side effects: the list in writing, no promotion', async () => {
    const device = speaker();
    let response = await device.say('SideEffectsIntent');
    for (let page = 0; page < listPages; page++) {
      expect(cardText(response)).toContain('drowsiness');
      expect(cardText(response)).not.toContain(helpLine.name);
      response = await device.say('AMAZON.MoreIntent');
    }
  });

  it('the number carries the help line; ask-your-doctor (pregnancy, children) does not', async () => {
    expect(cardText(await speaker().say('HelpLineNumberIntent'))).toContain(helpLine.phoneDisplay);
    const doctor = cardText(await speaker().say('PersonalMedicalQuestionIntent'));
    expect(doctor).toContain('doctor or pharmacist');
    expect(doctor).not.toContain(helpLine.name);
  });

  it('an emergency: 911 and Poison Control, no promotion', async () => {
    const text = cardText(await speaker().say('EmergencyIntent'));
    expect(text).toContain('911');
    expect(text).toContain(crisisLines.poisonControl.display);
    expect(text).not.toContain(helpLine.name);
  });

  it('thoughts of self-harm: 988 and 911, no promotion', async () => {
    const text = cardText(await speaker().say('SelfHarmIntent'));
    expect(text).toContain('988');
    expect(text).toContain('911');
    expect(text).not.toContain(helpLine.name);
  });
});

describe('taps on a screen are answered like the spoken request', () => {
  it('"Hear the number" answers as HelpLineNumberIntent does', async () => {
    const tapped = echoShow();
    await tapped.say('GetHelpIntent');
    const spoken = echoShow();
    await spoken.say('GetHelpIntent');
    const byTap = await tapped.tap('HelpLineNumberIntent');
    const byVoice = await spoken.say('HelpLineNumberIntent');
    expect(speech(byTap)).toContain(helpLine.phoneDisplay);
    expect(byTap).toEqual(byVoice);
  });

  it('"More" on the side effects reads the next page', async () => {
    const device = echoShow();
    await device.say('SideEffectsIntent');
    const next = await device.tap('AMAZON.MoreIntent');
    expect(speech(next)).toContain(listTopic.continuation);
    expect(screenOf(next).points.map((p) => p.toLowerCase())).toEqual(listTopic.items.slice(3, 6));
  });

  it('"Text me the number" becomes a TextNumberIntent request before any handler sees it', async () => {
    const request = envelope(
      {
        type: 'Alexa.Presentation.APL.UserEvent',
        requestId: 'amzn1.echo-api.request.tap',
        timestamp: '2026-01-01T00:00:00Z',
        locale: 'en-US',
        arguments: ['TextNumberIntent'],
      },
      { screen: true },
    );
    await ScreenEventRouter.process({ requestEnvelope: request } as never);
    expect(request.request).toEqual({
      type: 'IntentRequest',
      requestId: 'amzn1.echo-api.request.tap',
      timestamp: '2026-01-01T00:00:00Z',
      locale: 'en-US',
      dialogState: 'COMPLETED',
      intent: { name: 'TextNumberIntent', confirmationStatus: 'NONE', slots: {} },
    });
  });

  it.each([[['SomethingElse']], [[]], [[42]], [['AMAZON.StopIntent']]])(
    'an event the screens do not send (%j) gets the fallback answer',
    async (args) => {
      const response = await echoShow().tap(...args);
      expect(speech(response)).toContain('I can tell you about baclofen');
      expect(response.shouldEndSession).toBe(false);
    },
  );
});

describe('a screen is an extra, never a reason to fail', () => {
  it('when the screens cannot load, the answer and its card still go out', async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('../lambda/screens/render', () => {
        throw new Error('chunk missing');
      });
      const { handler: isolated } = await import('../lambda');
      const { response } = await isolated(intentRequest('HelpLineNumberIntent', {}, { screen: true }));
      expect(speech(response)).toContain(helpLine.phoneDisplay);
      expect(cardText(response)).toContain(helpLine.phoneDisplay);
      expect(renderDirectives(response)).toEqual([]);
    });
  });
});
