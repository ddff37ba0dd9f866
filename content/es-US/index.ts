// Placeholder until the Spanish content lands: English, so the build and the chunk exist.
import { english, type LocaleContent } from '../index';

export const content: LocaleContent = english;
