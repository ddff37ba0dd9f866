import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crisisLines, helpLine } from '../content';
import * as esCore from '../content/es-US';
import * as esTexting from '../content/es-US/texting';
import { handler } from '../lambda';
import { Conversation, type Turn } from '../tools/alexa/conversation';
import { intentRequest } from '../tools/alexa/requests';
import { converse, expectDialogue } from './support/dialogue';
import { TextingStandins, type SnsStandin } from './support/standins';

/**
 * Whole conversations in Spanish (es-US), through the Spanish model and the Spanish content:
 * every response is also checked against the certification rules (expectDialogue does).
 */
const spanish = () => converse({ locale: 'es-US' });

describe('una conversación en español', () => {
  it('abre, lee la lista de tres en tres, repite, da el número y se despide', async () => {
    const turns = await expectDialogue(
      spanish(),
      `
      U: abre guía de baclofeno
      A: … no consejo médico. … ¿Qué quieres saber?
      U: cuáles son los efectos secundarios
      A: Los efectos secundarios más comunes son somnolencia, mareos y debilidad. ¿Quieres oír más?
      U: sí
      A: Otros son cansancio, dolor de cabeza y náuseas. ¿Quieres oír más?
      U: repite
      A: Otros son cansancio, dolor de cabeza y náuseas. ¿Quieres oír más?
      U: más
      A: Otros son … ¿Quieres oír más?
      U: cuál es el número
      A: El número de Summit Helps es (609) 403-3933. … SAMHSA … ¿Te repito el de Summit Helps?
      card: ${helpLine.phoneDisplay}
      U: no
      A: …
      U: gracias eso es todo
      A: …uídate…
      (session ended)
      `,
    );
    // Nothing English slips into a Spanish session.
    for (const turn of turns) expect(turn.speech).not.toMatch(/\b(the|want|would you|take care)\b/i);
  });

  it('pone las emergencias primero: 911 y Control de Envenenamientos; 988 con su opción en español', async () => {
    const [emergency] = await expectDialogue(
      spanish(),
      `
      U: pregunta a guía de baclofeno mi hijo se tomó demasiado baclofeno
      A: Llama al 911 ahora mismo. …
      `,
    );
    expect(emergency.speech).toContain(crisisLines.poisonControl.display);
    expect(emergency.speech).not.toContain(helpLine.name);
    const selfHarm = await spanish().say('pregunta a guía de baclofeno quiero morirme');
    expect(selfHarm.speech).toMatch(/988/);
    expect(selfHarm.speech).toMatch(/marca(ndo)? (el )?2|opción 2|marca el dos/i);
  });

  it('otra medicina: solo cubre el baclofeno; una declaración no es una emergencia', async () => {
    const other = await spanish().say('pregunta a guía de baclofeno cuáles son los efectos secundarios del ibuprofeno');
    expect(other.speech).toBe(
      esCore.prompts.otherMedicine.speech + ' ' + esCore.prompts.otherMedicine.followUp.question,
    );
    const statement = await spanish().say('pregunta a guía de baclofeno mi mamá toma baclofeno');
    expect(statement.speech).not.toMatch(/911|988/);
    expect(statement.sessionOpen).toBe(true);
  });

  it('el baclofeno con una medicina que no es sedante es una pregunta personal; con un sedante, la de mezclar', async () => {
    const personal = await spanish().say('pregunta a guía de baclofeno puedo tomar baclofeno con ibuprofeno');
    expect(personal.speech).toContain(esCore.prompts.askYourDoctor.speech[0]);
    const mixing = await spanish().say('pregunta a guía de baclofeno puedo tomar baclofeno con xanax');
    expect(mixing.speech).toContain('El alcohol, los opioides, las benzodiacepinas como el Xanax');
  });

  it('una lengua que la skill no tiene recibe inglés', async () => {
    const response = await handler(intentRequest('WhatIsBaclofenIntent', {}, { locale: 'fr-FR' }));
    expect(JSON.stringify(response.response.outputSpeech)).toMatch(/Baclofen is a prescription muscle relaxant/);
  });
});

describe('mandar el número por texto, en español', () => {
  let standins: TextingStandins;
  let sns: SnsStandin;
  let scratch: string;
  const originalEnv = { ...process.env };

  beforeAll(async () => {
    standins = await TextingStandins.start('baclofen-guide-es-test');
    ({ sns } = standins);
    scratch = await mkdtemp(join(tmpdir(), 'texting-es-'));
  });
  afterAll(async () => {
    process.env = { ...originalEnv };
    await standins?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });
  beforeEach(() => {
    process.env = { ...originalEnv, LOG_LEVEL: 'silent', ...standins.awsEnv() };
    standins.reset('+16095550142');
  });

  it('pide permiso, confirma los dos últimos dígitos, y manda el texto en español', async () => {
    const c = new Conversation(handler, {
      locale: 'es-US',
      apiEndpoint: standins.profile.url,
      userId: 'amzn1.ask.account.SPANISHTEXTINGTEST0001',
    });
    let turn: Turn = await c.say('pregunta a guía de baclofeno mándame el número por texto');
    expect(turn.speech).toBe(esTexting.askPermission);
    turn = await c.say('sí');
    expect(turn.speech).toMatch(
      /¿Te lo envío al teléfono que termina en 4 2\?|¿Te lo envío al teléfono que termina en 42\?/,
    );
    turn = await c.say('sí');
    expect(turn.speech).toMatch(/^Listo\./);
    expect(sns.accepted.map((m) => m.body)).toEqual([esTexting.smsBody]);
    expect(esTexting.smsBody).toMatch(/STOP\/ALTO/);
  });
});
