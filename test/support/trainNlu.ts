// Jest global setup: trains the console's NLU stand-in for both locales once, before any suite
// runs, so the networks are read back from the cache (tools/alexa/classifier.ts, networkCacheDir)
// by every worker. Training both of a model's networks from nothing takes about a minute per
// language: inside the first conversation of a suite it would run into the test time limit, and
// on two workers at once it would be done twice. With the cache warm this takes a second or two.
import { Nlu, loadModel, modelPathFor } from '../../tools/alexa/nlu';

export default function trainNlu(): void {
  for (const locale of ['en-US', 'es-US']) new Nlu(loadModel(modelPathFor(locale)), { locale });
}
