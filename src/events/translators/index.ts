// Every translator the webhooks run, in one list.
import type { TranslatorEntry } from '../translate.ts';
import { callTranslators } from './calls.ts';
import { activityTranslators } from './activity.ts';
import { stateTranslators } from './state.ts';
import { emergencyTranslators } from './emergency.ts';
import { settingsTranslators } from './settings.ts';

export const translators: TranslatorEntry[] = [...callTranslators, ...activityTranslators, ...stateTranslators, ...emergencyTranslators, ...settingsTranslators];
