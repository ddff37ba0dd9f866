import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { converse } from './support/dialogue';

/**
 * Issue 9: phrasings a worried person might say (test/fixtures/worried-phrasings.json, written by a
 * helper who never read the interaction model), each spoken one-shot. A phrasing counts when the
 * answer it gets carries the facts that person needs, whatever intent carried them there.
 */
const facts: Record<string, RegExp[][]> = {
  // Any one of the alternatives (a list of patterns that must all be heard) is enough.
  withdrawal: [[/life-threatening/, /911/], [/^Call 911 right now/]],
  running_out: [[/call your prescriber or pharmacist today/, /911/]],
  pump_problem: [[/pump/, /emergency room or call 911/]],
  mixing: [[/slow breathing/, /doctor or pharmacist/], [/^Call 911 right now/]],
  kidneys: [[/kidneys/, /build up/]],
  emergency: [[/^Call 911 right now/, /988/]],
  self_harm: [[/988/, /911/, /Poison Control/]],
  get_help: [[/Don't stop suddenly on your own/, /Summit Helps/]],
  addiction: [[/body gets used to it, even taken as prescribed/]],
};
const SAFETY = new Set(['emergency', 'self_harm']);
/**
 * Measured 68 of 77 through the console's NLU stand-in (threshold chosen by cross-validation); the
 * misses are mostly phrasings it does not understand, which reach the fallback (itself naming 911
 * and 988), not a wrong answer. Every emergency and self-harm phrasing is checked one by one above.
 */
const MIN_CARRYING_FACTS = 0.85;

const fixture: Record<string, string[]> = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/worried-phrasings.json'), 'utf8'),
);
const cases = Object.entries(fixture).flatMap(([label, list]) => list.map((p) => [label, p] as const));

async function carriesFacts(label: string, phrasing: string): Promise<{ ok: boolean; heard: string }> {
  const turn = await converse().say(`ask baclofen guide ${phrasing}`);
  const heard = turn.speech.replace(/^This is general information, not medical advice\. /, '');
  return { ok: facts[label].some((all) => all.every((p) => p.test(heard))), heard };
}

describe('worried phrasings, one-shot', () => {
  it('covers every label the fixture uses', () => {
    expect(Object.keys(fixture).sort()).toEqual(Object.keys(facts).sort());
  });

  it.each(cases.filter(([label]) => SAFETY.has(label)))('%s ← "%s" hears 911 or 988 first', async (label, p) => {
    const turn = await converse().say(`ask baclofen guide ${p}`);
    if (label === 'emergency') expect(turn.speech).toMatch(/^Call 911 right now/);
    else expect(turn.speech).toMatch(/988/);
    expect(turn.speech).not.toMatch(/milligram|Summit Helps/);
  });

  it(`at least ${MIN_CARRYING_FACTS * 100}% reach an answer that carries the facts they need`, async () => {
    const misses: string[] = [];
    for (const [label, phrasing] of cases) {
      const { ok, heard } = await carriesFacts(label, phrasing);
      if (!ok) misses.push(`${label} ← "${phrasing}" heard: ${heard.slice(0, 90)}…`);
    }
    console.info(`worried phrasings: ${cases.length - misses.length}/${cases.length} carry their facts`);
    if (misses.length) console.warn(misses.join('\n'));
    expect(1 - misses.length / cases.length).toBeGreaterThanOrEqual(MIN_CARRYING_FACTS);
  });
});
