/**
 * The Spanish (es-US) content module and interaction model, checked on their own: what a Spanish
 * speaker hears (valid SSML, one breath a turn, 988 with its Spanish option, SAMHSA wherever the
 * help line is offered), the text message (one GSM-7 segment), and a model with the same intents
 * and slots as en-US. The compiler already proves the content has the English shape
 * (content/es-US/index.ts); these tests check what a type cannot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'ssml-check';
import * as enCore from '../content';
import * as esCore from '../content/es-US';
import * as esScreens from '../content/es-US/screens';
import * as esTexting from '../content/es-US/texting';
import * as enScreens from '../content/screens';
import * as enTexting from '../content/texting';

// The texting and screen words load on their own paths; the tests read them alongside the rest.
const en = { ...enCore, texting: enTexting, screens: enScreens };
const es = { ...esCore, texting: esTexting, screens: esScreens };
import { LIST_PAGE_SIZE, listPageReply } from '../lambda/replies';
import { sampleClashes, sampleFormProblems } from './support/model';
import { contentStrings } from './support/words';

const root = join(__dirname, '..');

const all = contentStrings({ topics: es.topics, prompts: es.prompts, texting: es.texting }, 'es');
const spoken = all.filter(([path]) =>
  /speech|question|reprompt|intro|continuation|closing|items|launch|help\[|goodbye|disclaimer|askPermission/.test(path),
);
const written = [
  ...all.filter(([path]) => /cardText|card\.|\.title|points|smsBody/.test(path)),
  ...contentStrings(es.screens, 'es.screens'),
  ['es.helpLineCardLine', es.helpLineCardLine] as [string, string],
];

/** Words heard, tags left out (a number read by <say-as> counts as one word, as in English). */
const words = (ssml: string) =>
  ssml
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

/** A Spanish turn: at most about 50 words, disclaimer and question included (the English allow 45). */
const TURN_WORDS = 50;

/** Every whole turn a listener can hear, built the way lambda/reply.ts builds one. */
function turns(): [string, string][] {
  const out: [string, string][] = [];
  const disclaimer = es.prompts.disclaimer;
  for (const [id, topic] of Object.entries(es.topics)) {
    const lead = topic.urgent ? '' : `${disclaimer} `;
    if ('items' in topic) {
      for (let page = 0; page * LIST_PAGE_SIZE < topic.items.length; page++) {
        const reply = listPageReply(es.content, id as enCore.TopicId, page);
        out.push([`topics.${id} page ${page}`, `${lead}${reply.speech} ${reply.followUp?.question}`]);
      }
    } else out.push([`topics.${id}`, `${lead}${topic.speech} ${topic.followUp.question}`]);
  }
  // Answers to personal medical questions carry the disclaimer too (PersonalMedicalQuestionIntentHandler).
  const informational = new Set(['askYourDoctor', 'driving', 'drugTest', 'timeInSystem']);
  for (const [name, value] of Object.entries({ ...es.prompts, ...es.texting })) {
    if (!value || typeof value !== 'object' || !('speech' in value)) continue;
    const prompt = value as { speech: string | string[]; followUp?: { question: string }; question?: string };
    const question = prompt.followUp?.question ?? prompt.question ?? '';
    for (const speech of ([] as string[]).concat(prompt.speech))
      out.push([name, `${informational.has(name) ? `${disclaimer} ` : ''}${speech} ${question}`]);
  }
  for (const speech of [...es.prompts.launch, ...es.prompts.help])
    out.push(['launch/help', `${speech} ${es.prompts.launchFollowUp.question}`]);
  return out;
}

describe('Spanish content (es-US)', () => {
  it('has spoken strings to check', () => {
    expect(spoken.length).toBeGreaterThan(50);
  });

  it.each(spoken)('%s is valid Alexa SSML', async (_path, text) => {
    expect(await check(`<speak>${text}</speak>`, { platform: 'amazon' })).toBeUndefined();
  });

  it.each(turns())('%s fits in one breath (at most 50 words with disclaimer and question)', (_name, turn) => {
    expect(words(turn)).toBeLessThanOrEqual(TURN_WORDS);
  });

  it('asks every question the Spanish way, ¿…?, so the session stays open on a question', () => {
    const questions = spoken.filter(([path]) => /question|reprompt/.test(path));
    expect(questions.length).toBeGreaterThan(30);
    // A question ends the turn on "?"; a reprompt may add a hint after its question ("Di sí o no.").
    const bad = questions
      .filter(([path, q]) => (path.endsWith('question') ? !/¿[^?]+\?$/.test(q) : !/¿[^?]+\?/.test(q)))
      .map(([path]) => path);
    expect(bad).toEqual([]);
  });

  it('keeps the numbers and facts of the English help line and crisis lines', () => {
    for (const key of ['name', 'phoneDisplay', 'phoneE164', 'shortLocation'] as const)
      expect(es.helpLine[key]).toBe(en.helpLine[key]);
    for (const key of Object.keys(en.crisisLines) as (keyof typeof en.crisisLines)[])
      expect(es.crisisLines[key].display).toBe(en.crisisLines[key].display);
    expect(es.say).toBe(en.say);
  });

  it('gives every topic a title, 2 to 4 screen points and card text', () => {
    expect(Object.keys(es.topics).sort()).toEqual(Object.keys(en.topics).sort());
    for (const [id, topic] of Object.entries(es.topics)) {
      expect([id, topic.title.length > 0]).toEqual([id, true]);
      expect(topic.points.length).toBeGreaterThanOrEqual(2);
      expect(topic.points.length).toBeLessThanOrEqual(4);
      expect(topic.cardText.length).toBeGreaterThan(20);
      expect([id, topic.followUp.offer]).toEqual([id, en.topics[id as enCore.TopicId].followUp.offer]);
    }
  });

  it('reads the side effects at most three at a time, joined the Spanish way, and every item once', () => {
    const list = es.topics.sideEffects as enCore.ListTopic;
    for (const item of list.items) expect(list.items.filter((other) => other.includes(item))).toEqual([item]);
    const heard: string[] = [];
    for (let page = 0; page * LIST_PAGE_SIZE < list.items.length; page++) {
      const reply = listPageReply(es.content, 'sideEffects', page);
      expect(reply.speech).not.toMatch(/\band\b|, y /);
      const read = reply.speech.replace(list.closing, '');
      const items = list.items.filter((item) => read.includes(item));
      expect(items.length).toBeLessThanOrEqual(3);
      heard.push(...items);
    }
    expect(heard).toEqual(list.items);
    expect(listPageReply(es.content, 'sideEffects', 0).speech).toMatch(
      /^Los efectos secundarios más comunes son \S+, \S+ y \S+\.$/,
    );
  });

  it('keeps promotion out of emergency answers and screens', () => {
    for (const part of [
      es.prompts.emergency,
      es.prompts.selfHarm,
      es.prompts.callThemInCrisis,
      es.topics.overdoseSigns,
      es.screens.emergency,
      es.screens.selfHarm,
      es.screens.noPromotionNumbers,
    ]) {
      const text = JSON.stringify(part);
      expect(text).not.toContain(es.helpLine.name);
      expect(text).not.toContain(es.helpLine.phoneDisplay);
    }
  });

  it('offers 988 with its Spanish option wherever it is said', () => {
    // Titles and the bare number on a screen go with a label or card text that says it.
    const with988 = [...spoken, ...written]
      .filter(([path]) => !/title|\.number$/.test(path))
      .filter(([, text]) => text.includes(es.say.lifeline) || /\b988\b/.test(text));
    expect(with988.length).toBeGreaterThanOrEqual(6);
    expect(with988.filter(([, text]) => !/marca (el )?2/.test(text)).map(([path]) => path)).toEqual([]);
    const lifelineLabels = [...es.screens.emergency.numbers, ...es.screens.selfHarm.numbers]
      .filter((n) => n.number === es.crisisLines.lifeline.display)
      .map((n) => n.label);
    expect(lifelineLabels.length).toBe(2);
    for (const label of lifelineLabels) expect(label).toMatch(/marca (el )?2/);
  });

  it('offers the SAMHSA National Helpline, which answers in Spanish, wherever the help-line number is given', () => {
    expect(es.prompts.helpLineNumber.speech).toContain(es.say.samhsa);
    expect(es.prompts.helpLineNumber.card.text).toContain(es.crisisLines.samhsa.display);
    expect(es.helpLineCardLine).toContain(es.crisisLines.samhsa.display);
    expect(es.texting.smsBody).toContain(es.crisisLines.samhsa.display);
    expect((es.topics.getHelp as enCore.Topic).speech).toContain(es.say.samhsaName);
  });

  it('never says Summit Helps answers in Spanish: Spanish is offered only beside SAMHSA', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'skill-package/skill.json'), 'utf8')).manifest;
    const store = manifest.publishingInformation.locales['es-US'];
    const texts: [string, string][] = [
      ...spoken,
      ...written,
      ['store.summary', store.summary],
      ['store.description', store.description],
    ];
    const claims = texts
      .flatMap(([path, text]) => text.split(/(?<=[.!?])\s+|\n+/).map((sentence) => [path, sentence]))
      .filter(([, sentence]) => sentence.includes(es.helpLine.name) && /español/i.test(sentence))
      .filter(([, sentence]) => !/SAMHSA/.test(sentence));
    expect(claims).toEqual([]);
  });

  it('texts one discreet GSM-7 segment that says who it is from and how to opt out in Spanish', () => {
    const sms = es.texting.smsBody;
    const gsm7 = /^[A-Za-z0-9 @£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n\r]*$/;
    expect(sms.length).toBeLessThanOrEqual(160);
    expect(sms).toMatch(gsm7);
    expect(sms).not.toMatch(/[áíóúÁÍÓÚ]/);
    expect(sms).toContain(es.helpLine.name);
    expect(sms).toContain(es.helpLine.phoneDisplay);
    expect(sms).toMatch(/para Alexa/);
    expect(sms).not.toMatch(/skill/i);
    expect(sms).toMatch(/Responde STOP\/ALTO para no recibir mas/);
    expect(sms).not.toMatch(/adicci|abus|mal uso|droga/i);
  });

  it('keeps the {lastTwoDigits} placeholder exactly as the English confirmation does', () => {
    const placeholder = /<say-as interpret-as="digits">\{lastTwoDigits\}<\/say-as>/g;
    for (const key of ['speech', 'question', 'reprompt'] as const)
      expect([key, es.texting.confirm[key].match(placeholder)?.length ?? 0]).toEqual([
        key,
        en.texting.confirm[key].match(placeholder)?.length ?? 0,
      ]);
    expect(es.texting.confirm.question).toMatch(/termina en/);
  });

  it('has a note for every brand the English notes, keyed by the same word', () => {
    expect(Object.keys(es.prompts.brandNotes).sort()).toEqual(Object.keys(en.prompts.brandNotes).sort());
    for (const [brand, note] of Object.entries(es.prompts.brandNotes)) {
      expect(note.toLowerCase()).toContain(brand);
      expect(note).toContain('baclofeno');
    }
  });
});

interface Intent {
  name: string;
  slots?: { name: string; type: string }[];
  samples?: string[];
}
interface LanguageModel {
  invocationName: string;
  intents: Intent[];
  types: { name: string; values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[];
}
const load = (locale: string): LanguageModel =>
  JSON.parse(readFileSync(join(root, `skill-package/interactionModels/custom/${locale}.json`), 'utf8')).interactionModel
    .languageModel;
const model = load('es-US');
const english = load('en-US');
const custom = model.intents.filter((i) => !i.name.startsWith('AMAZON.'));
const samplesOf = (name: string) => model.intents.find((i) => i.name === name)?.samples ?? [];

/** A sample as a pattern: each {slot} filled with a value or synonym of its type. */
const patterns = model.intents.flatMap((intent) =>
  (intent.samples ?? []).map((sample) => {
    const source = sample.replace(/\{(\w+)\}/g, (_, name: string) => {
      const type = model.types.find((t) => t.name === intent.slots?.find((slot) => slot.name === name)?.type);
      const values = (type?.values ?? []).flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]);
      return `(?:${values.join('|')})`;
    });
    return { intent: intent.name, pattern: new RegExp(`^${source}$`) };
  }),
);
/** Which intent a phrase written with punctuation and capitals matches, as Alexa would hear it. */
function intentOf(phrase: string): string | undefined {
  const heard = phrase
    .toLocaleLowerCase('es')
    .replace(/[¿?¡!.,;:"]/g, '')
    .trim();
  return patterns.find((p) => p.pattern.test(heard))?.intent;
}

describe('interaction model (es-US)', () => {
  it('has a Spanish invocation name of two or more lower-case words with no launch or wake word', () => {
    expect(model.invocationName).toMatch(/^[a-záéíóúñü]+( [a-záéíóúñü]+)+$/);
    const words = model.invocationName.split(' ');
    for (const banned of [
      'alexa',
      'echo',
      'amazon',
      'abre',
      'abrir',
      'pregunta',
      'preguntale',
      'pregúntale',
      'pide',
      'pídele',
      'dile',
      'inicia',
      'empieza',
      'comienza',
      'lanza',
      'juega',
      'skill',
      'app',
      'ask',
      'open',
      'tell',
      'launch',
      'start',
    ])
      expect(words).not.toContain(banned);
  });

  it('has the same intents, slot names and slot types as en-US', () => {
    const shape = (m: LanguageModel) =>
      m.intents.map((i) => `${i.name}(${(i.slots ?? []).map((s) => `${s.name}:${s.type}`).sort()})`).sort();
    expect(shape(model)).toEqual(shape(english));
  });

  it('has the same slot types, with the same value ids, as en-US', () => {
    const ids = (m: LanguageModel) =>
      Object.fromEntries(m.types.map((t) => [t.name, t.values.map((v) => v.id).sort()]));
    expect(ids(model)).toEqual(ids(english));
  });

  it.each(custom.map((i) => [i.name, i.samples?.length ?? 0]))('%s has at least 30 samples (%i)', (_name, count) => {
    expect(count).toBeGreaterThanOrEqual(30);
  });

  it('puts no sample in two intents, and none twice in one', () => {
    expect(sampleClashes(model.intents)).toEqual([]);
  });

  it('gives no word or synonym to two slot values, but a medicine one may mix with baclofen is also one asked about', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const type of model.types)
      for (const value of type.values)
        for (const word of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const here = `${type.name}.${value.id}`;
          const there = owner.get(word);
          // "¿el tramadol es adictivo?" asks about tramadol ({drug}: OTHER_MEDICINE); "¿puedo tomarlo con
          // tramadol?" mixes it with baclofen ({substance}): each slot resolves in its own type.
          const twoRoles =
            [there, here].sort().join() === `DrugType.OTHER_MEDICINE,${here}` && type.name === 'SubstanceType';
          if (there && !twoRoles) clashes.push(`"${word}": ${there} and ${here}`);
          owner.set(word, here);
        }
    expect(clashes).toEqual([]);
    const drug = model.types.find((t) => t.name === 'DrugType')!;
    const other = drug.values.find((v) => v.id === 'OTHER_MEDICINE')!.name.synonyms ?? [];
    for (const name of ['tramadol', 'xanax', 'gabapentina', 'ibuprofeno', 'tizanidina']) expect(other).toContain(name);
  });

  it('writes samples as Alexa accepts them: lower-case Spanish words, declared slots', () => {
    expect(sampleFormProblems(model, /^[a-záéíóúñü' {}]+$/)).toEqual([]);
  });

  it('uses example phrases that are samples of the model, the first one opening the skill', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'skill-package/skill.json'), 'utf8')).manifest;
    const phrases: string[] = manifest.publishingInformation.locales['es-US'].examplePhrases;
    expect(phrases[0]).toBe(`Alexa, abre ${model.invocationName}`);
    expect(phrases.length).toBeGreaterThanOrEqual(2);
    for (const phrase of phrases.slice(1)) {
      const match = phrase.match(new RegExp(`^Alexa, pregunta a ${model.invocationName} (.+)$`));
      expect(match).not.toBeNull();
      expect([phrase, patterns.some((p) => p.pattern.test(match![1]))]).toEqual([phrase, true]);
    }
  });

  it('understands every phrase the Spanish content tells the listener to say', () => {
    const quoted = [...spoken, ...written]
      .flatMap(([path, text]) => [...text.replace(/<[^>]+>/g, ' ').matchAll(/"([^"]+)"/g)].map((m) => [path, m[1]]))
      .map(([path, phrase]) => [path, phrase, intentOf(phrase)]);
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    expect(quoted.filter(([, , intent]) => intent === undefined)).toEqual([]);
    expect(intentOf('el número')).toBe('HelpLineNumberIntent');
    expect(intentOf(es.screens.buttons.textNumber)).toBe('TextNumberIntent');
    expect(intentOf('adiós')).toBe('AMAZON.StopIntent');
  });

  it('knows baclofeno by its English name, its brands, likely mishearings and vague words, all one value', () => {
    const drug = model.types.find((t) => t.name === 'DrugType')!;
    expect(drug.values.map((v) => v.id)).toEqual(['BACLOFEN', 'OTHER_MEDICINE']);
    expect(drug.values[0].name.value).toBe('baclofeno');
    for (const name of [
      'baclofen',
      ...Object.keys(es.prompts.brandNotes),
      'baclofén',
      'vaclofeno',
      'baclo fen',
      'mi medicamento',
      'esta medicina',
      'las pastillas',
      'eso',
    ])
      expect(drug.values[0].name.synonyms).toContain(name);
  });

  const drugTopics = english.intents
    .filter((i) => i.slots?.some((s) => s.name === 'drug') && custom.some((c) => c.name === i.name))
    .map((i) => i.name)
    .filter((name) => !['StatementIntent', 'EmergencyIntent', 'SelfHarmIntent'].includes(name));
  it.each(drugTopics)('%s has samples that name the drug and samples that do not', (name) => {
    const samples = samplesOf(name);
    expect(samples.filter((s) => s.includes('{drug}')).length).toBeGreaterThanOrEqual(5);
    expect(samples.filter((s) => !s.includes('{')).length).toBeGreaterThanOrEqual(5);
  });

  it('ends the session on thanks and goodbyes, as AMAZON.StopIntent samples', () => {
    const stop = samplesOf('AMAZON.StopIntent');
    for (const closer of ['gracias', 'eso es todo', 'adiós', 'ya terminé', 'muchas gracias', 'nada más'])
      expect(stop).toContain(closer);
  });

  it('keeps "ayuda" on its own for AMAZON.HelpIntent only, and never as a slot value', () => {
    expect(samplesOf('AMAZON.HelpIntent')).toContain('ayuda');
    const elsewhere = model.intents.filter((i) => i.name !== 'AMAZON.HelpIntent' && i.samples?.includes('ayuda'));
    expect(elsewhere).toEqual([]);
    const values = model.types.flatMap((t) => t.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]));
    expect(values.filter((v) => /\bayuda\b/.test(v))).toEqual([]);
  });

  /** Words that make a sentence an emergency, as VOICE-DESIGN lists them. */
  const EMERGENCY_WORDS =
    /demasiad|muchas|muchísimas|montón|puñ|todas? (las |mis |sus )?pastillas|todo (el|mi)|frasco|sobredosis|overdose|despert|despiert|respir|convuls|desmay|desplom|inconsciente|no responde|morado|emergencia|ambulancia|ir al hospital|nueve uno uno|nueve once|envenenamiento|matar|quitarse la vida|fiebre alta|alucinando|mantener despierto|pasé con|tragó|comió|agarró|sin querer|diez pastillas|varias pastillas|el doble|pasó de|no reacciona|no (me )?contesta|no me responde|no se mueve|morada|azul|ataque|por error|de más|tomaron mis pastillas|(doce|quince|veinte|treinta|cuarenta|cincuenta) pastillas|caja entera|todo su|todas sus medicinas|vomitando|yendo el aire|empastill|me pasé de pastillas|ahog|perdiendo el conocimiento|sin aire|ojos en blanco|se puso gris|no abre los ojos|perdió el (conocimiento|sentido)|se privó|espuma|doble dosis|dos veces (sin querer|por error)|me tomé otra|se equivocó con el pastillero|no (la|lo) puedo levantar|color de la cara|no me oye|bien ido|intoxic|envenen|sin responder|sin reaccionar|soponcio|no vuelve|boqueando|pulso|adormilado|muriendo|unconscious|no siente nada|como muert|breath|seizure|unresponsive|waking|wake up|too (much|many)|blue|me muero|ve cosas|viendo (gente|bichos|cosas)|oye voces|deliran|fiebre altísima|calentura|no reconoce|fuera de sí|ardiendo|tres dosis seguidas|(pastilla|dosis) tres veces (hoy|porque|sin)|tres veces (hoy|mi)|varias veces la pastilla|pastillero (de la semana|entero)|mordió|boca gris|late bien despacio|sudando frío|no me sostengo|habla enredado|incoherencias|temblando sin control|me estoy apagando|frío y sudado|twice|no me puedo levantar|pasó la mano/;
  it('makes every emergency sample say what the emergency is', () => {
    expect(samplesOf('EmergencyIntent').filter((s) => !EMERGENCY_WORDS.test(s))).toEqual([]);
  });

  /**
   * Not now: an overdose told as past ("hace años", "cuando yo era niño"), as a report (a job, a
   * novela, a film), as a scare that ended well ("pero estaba bien"), a bottle that stayed shut, or
   * an idiom ("me muero de ganas"), or an emergency denied: statements that teach the classifier these are not emergencies.
   */
  const NOT_NOW = new RegExp(
    [
      'me muero (de|del|por)|me va a matar|me van a matar|me mata si',
      '\\bhace (años|tiempo|dos años)\\b|cuando (yo )?era|el año pasado|la navidad pasada|en dos mil',
      'ya estoy bien|ya está bien|estaba bien|se recuperó|me recuperé|no se tomó nada|completas|nomás estaba dormido',
      'falleció|murió|perdí|perdimos',
      'soy (paramédic|policía|técnico|maestra|conserje|enfermer)|trabaj(o|a) (en|de)|en (mi|el) trabajo|limpio oficinas',
      'como técnico|control de envenenamientos|telenovela|novela|serie|película|capítulo|bajo llave',
      // A bottle that stayed shut ("el gato tumbó el frasco pero ni se abrió"): nothing was swallowed.
      'ni se abrió|no (la|lo) pudo abrir|tapa de seguridad|seguía tapad|frasco cerrado|con llave',
      // An emergency denied outright ("no es ninguna emergencia, solo estoy platicando"): nothing is happening.
      'no (es|hay|se trata de) (ninguna |una )?emergencia',
    ].join('|'),
  );

  it('keeps statements ("mi mamá toma baclofeno") free of emergency words, but for an overdose long past or an idiom', () => {
    const statements = samplesOf('StatementIntent');
    expect(statements).toContain('mi {person} toma {drug}');
    expect(statements.filter((s) => EMERGENCY_WORDS.test(s) && !NOT_NOW.test(s))).toEqual([]);
    // Past overdoses must say they are past.
    expect(statements.filter((s) => /sobredosis/.test(s)).every((s) => NOT_NOW.test(s))).toBe(true);
  });
});
