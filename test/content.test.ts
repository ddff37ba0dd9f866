import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'ssml-check';

const root = join(__dirname, '..');
import * as content from '../content';
import { LIST_PAGE_SIZE, listPageReply } from '../lambda/replies';
import * as textingWords from '../content/texting';
import { contentStrings } from './support/words';

const spoken = contentStrings(
  { topics: content.topics, prompts: content.prompts, texting: textingWords },
  'content',
).filter(([path]) =>
  /speech|question|reprompt|intro|continuation|closing|items|launch|help\[|goodbye|disclaimer|askPermission/.test(path),
);
const words = (ssml: string) =>
  ssml
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

describe('content module', () => {
  it('has spoken strings to check', () => {
    expect(spoken.length).toBeGreaterThan(50);
  });

  it.each(spoken)('%s is valid Alexa SSML', async (_path, text) => {
    expect(await check(`<speak>${text}</speak>`, { platform: 'amazon' })).toBeUndefined();
  });

  it.each(spoken)('%s fits in one breath (at most 45 words)', (_path, text) => {
    expect(words(text)).toBeLessThanOrEqual(45);
  });

  it('names the help line in one place: no other file under content/ or lambda/ spells its number', () => {
    const digits = content.helpLine.phoneE164.replace(/\D/g, '').slice(-7); // 4033933
    const spelled = new RegExp(digits.slice(0, 3) + '\\D{0,3}' + digits.slice(3));
    const files = ['content', 'lambda'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|json)$/.test(f))
        .map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    const spelling = files.filter((f) => spelled.test(readFileSync(join(root, f), 'utf8')));
    expect(spelling).toEqual([join('content', 'helpLine.ts')]);
  });

  it('reads the side effects at most three at a time, and every item is read once', () => {
    const list = content.topics.sideEffects as content.ListTopic;
    const heard: string[] = [];
    for (let page = 0; page * LIST_PAGE_SIZE < list.items.length; page++) {
      const reply = listPageReply(content.english, 'sideEffects', page);
      const read = reply.speech.replace(list.closing, '');
      const items = list.items.filter((item) => read.includes(item));
      expect(items.length).toBeLessThanOrEqual(3);
      heard.push(...items);
    }
    expect(heard).toEqual(list.items);
  });

  it('gives every topic a title, 2 to 4 screen points and card text', () => {
    for (const [id, topic] of Object.entries(content.topics)) {
      expect([id, topic.title.length > 0]).toEqual([id, true]);
      expect(topic.points.length).toBeGreaterThanOrEqual(2);
      expect(topic.points.length).toBeLessThanOrEqual(4);
      expect(topic.cardText.length).toBeGreaterThan(20);
    }
  });

  it('keeps promotion out of emergency answers', () => {
    for (const prompt of [content.prompts.emergency, content.prompts.selfHarm]) {
      const all = JSON.stringify(prompt);
      expect(all).not.toContain(content.helpLine.name);
      expect(all).not.toContain(content.helpLine.phoneDisplay);
    }
    expect(JSON.stringify(content.topics.overdoseSigns)).not.toContain(content.helpLine.name);
  });
});
