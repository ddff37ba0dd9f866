import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topics, type TopicId } from '../content';
import { isListTopic, LIST_PAGE_SIZE } from '../lambda/replies';
import { screenPayload } from '../lambda/screens/payload';
import { documents } from '../lambda/screens/render';
import type { DocumentKind, Screen } from '../lambda/screens/screen';
import { bindingSites, checkBindings, expressions, resourceReferences } from './support/apl';

/** APL versions current devices run (developer.amazon.com, "APL versions"). */
const SUPPORTED_APL = ['1.8', '1.9', '2022.1', '2022.2', '2023.1', '2023.2', '2023.3', '2024.1', '2024.2', '2024.3'];

const dir = join(__dirname, '../lambda/screens/documents');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
/** Parsed from the files as they are stored, not as the bundle imports them. */
const parsed = Object.fromEntries(
  files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
);

/** Every screen the skill can send: all topics, every page of every list, and the fixed screens. */
function everyScreen(): Screen[] {
  const all: Screen[] = [
    { kind: 'home' },
    { kind: 'helpLine' },
    { kind: 'askYourDoctor' },
    { kind: 'emergency' },
    { kind: 'selfHarm' },
  ];
  for (const [id, topic] of Object.entries(topics) as [TopicId, (typeof topics)[TopicId]][]) {
    if (!isListTopic(topic)) all.push({ kind: 'topic', topic: id });
    else
      for (let page = 0; page * LIST_PAGE_SIZE < topic.items.length; page++)
        all.push({ kind: 'list', topic: id, page });
  }
  return all;
}
const screens = everyScreen().map((screen) => ({ screen, payload: screenPayload(screen) }));
/** [name, payload] rows for it.each. */
const named = screens.map(({ screen, payload }) => [JSON.stringify(screen), payload] as const);

/** Every component (an object with a `type` other than the document's) in a document. */
function components(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((v) => components(v, out));
  else if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if (typeof object.type === 'string' && object.type !== 'APL') out.push(object);
    Object.values(object).forEach((v) => components(v, out));
  }
  return out;
}

describe('APL documents', () => {
  it('are the four layouts, one file each, and the code sends exactly those', () => {
    expect(Object.keys(parsed).sort()).toEqual(['emergency', 'helpLine', 'list', 'topic']);
    for (const [kind, document] of Object.entries(documents)) expect(document).toEqual(parsed[kind]);
  });

  it.each(files)('%s is an APL document of a supported version, taking one "payload" parameter', (file) => {
    const document = parsed[file.replace(/\.json$/, '')];
    expect(document.type).toBe('APL');
    expect(SUPPORTED_APL).toContain(document.version);
    expect(document.mainTemplate.parameters).toEqual(['payload']);
    // No `import`: nothing fetched from a CDN at render time, and nothing the tests cannot see.
    expect(document.import).toBeUndefined();
  });

  it.each(files)('%s holds no words: every Text shows a binding, every button sends a bound event', (file) => {
    const all = components(parsed[file.replace(/\.json$/, '')]);
    const texts = all.filter((c) => c.type === 'Text');
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.text).toMatch(/^\$\{[^}]+\}$/);
    for (const event of all.filter((c) => c.type === 'SendEvent'))
      for (const argument of event.arguments as unknown[]) expect(argument).toMatch(/^\$\{[^}]+\}$/);
  });

  it.each(files)('%s defines every resource it uses, for every viewport', (file) => {
    const document = parsed[file.replace(/\.json$/, '')];
    const [defaults, ...overrides] = document.resources as Record<string, Record<string, unknown>>[];
    const defined = new Set(['colors', 'dimensions', 'strings'].flatMap((k) => Object.keys(defaults[k] ?? {})));
    const used = resourceReferences({ mainTemplate: document.mainTemplate, background: document.background });
    for (const name of used) expect([name, defined.has(name)]).toEqual([name, true]);
    // Overrides only change what the defaults define (a typo there would silently do nothing).
    for (const block of overrides)
      for (const k of ['colors', 'dimensions', 'strings'])
        for (const name of Object.keys(block[k] ?? {})) expect([name, defined.has(name)]).toEqual([name, true]);
  });

  it.each(files)('%s adapts to small round hubs and to small and large landscape hubs', (file) => {
    const conditions = (parsed[file.replace(/\.json$/, '')].resources as { when?: string }[]).map((r) => r.when);
    expect(conditions).toContain("${viewport.shape == 'round'}");
    expect(conditions).toContain('${viewport.height < 600}');
    expect(conditions).toContain('${viewport.width >= 1600}');
  });
});

describe('screen datasources', () => {
  it('cover every topic, every list page and the fixed screens', () => {
    expect(screens.length).toBeGreaterThanOrEqual(Object.keys(topics).length + 5);
  });

  it.each(named)('every binding of its document resolves for %s', (_name, payload) => {
    const { problems } = checkBindings(documents[payload.kind], payload);
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(parsed) as DocumentKind[])(
    'every binding site in %s.json is checked by at least one screen',
    (kind) => {
      const checked = new Set<string>();
      for (const { payload } of screens.filter((s) => s.payload.kind === kind))
        for (const site of checkBindings(parsed[kind], payload).checked) checked.add(site);
      const unchecked = [...bindingSites(parsed[kind].mainTemplate, '$.mainTemplate')].filter((s) => !checked.has(s));
      // The one list (side effects) is a general topic, which carries no number: the list's number row
      // is checked with a list page that has one (the payload shape every help-line topic uses).
      if (kind === 'list') {
        const withNumber = { ...screens.find((s) => s.payload.kind === 'list')!.payload };
        withNumber.numbers = [{ label: 'Line', number: '(000) 000-0000' }];
        withNumber.number = withNumber.numbers[0].number;
        const sites = checkBindings(parsed[kind], withNumber);
        expect(sites.problems).toEqual([]);
        expect(unchecked.filter((site) => !sites.checked.has(site))).toEqual([]);
      } else expect(unchecked).toEqual([]);
    },
  );

  it.each(named)('%s shows its numbers through the document', (_name, payload) => {
    const bound = [...bindingSites(documents[payload.kind])].map((site) => site.split('|')[1]);
    const showsNumber =
      bound.includes('payload.number') || (bound.includes('payload.numbers') && bound.includes('data.number'));
    expect(showsNumber).toBe(true);
    // General facts (what it is, side effects…) carry no number; every other screen shows its first one.
    expect(payload.number).toBe(payload.numbers[0]?.number ?? '');
  });
});

describe('the binding check itself', () => {
  const document = {
    type: 'APL',
    mainTemplate: {
      parameters: ['payload'],
      items: [
        { type: 'Text', text: '${payload.title}' },
        { type: 'Container', data: '${payload.points}', items: [{ type: 'Text', text: '${data.label}' }] },
      ],
    },
  };

  it('passes a datasource that has every field', () => {
    expect(checkBindings(document, { title: 'T', points: [{ label: 'a' }] }).problems).toEqual([]);
  });

  it('fails a binding to a missing field, in the payload or in a data item', () => {
    expect(checkBindings(document, { points: [{ label: 'a' }] }).problems).toEqual([
      '$.mainTemplate.items[0].text: payload.title is missing from the datasource',
    ]);
    expect(checkBindings(document, { title: 'T', points: [{ name: 'a' }] }).problems).toEqual([
      '$.mainTemplate.items[1].items[0].text: data.label is missing from the data item',
    ]);
  });

  it('fails a data array that is not an array, an empty text, and a misspelt root', () => {
    expect(checkBindings(document, { title: 'T', points: 'a' }).problems).toHaveLength(1);
    expect(checkBindings(document, { title: '', points: [] }).problems).toHaveLength(1);
    expect(checkBindings({ text: '${paylod.title}' }, { title: 'T' }).problems).toHaveLength(1);
  });

  it('reads expressions and leaves string literals out', () => {
    expect(expressions("${viewport.shape == 'round'} and ${payload.x}")).toEqual([
      "viewport.shape == 'round'",
      'payload.x',
    ]);
  });
});
