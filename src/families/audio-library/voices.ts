// The text-to-speech voices of the audio library, by language. The pages list the
// languages (getAnAudioItem's voice_language) and give two accents as examples,
// `Joanna-Female` and `Joey-Male`: a voice's name and gender, the names of the
// speech service Zoom's audio library speaks with. The voices of each language are
// the sandbox's list of that service's voices, written the same way; the first
// of a language is the one an item gets when it names none.
import type { ResponseOf } from '../../kit/context.ts';

export type VoiceLanguage = NonNullable<ResponseOf<'getAnAudioItem'>['voice_language']>;

const VOICES: Record<VoiceLanguage, readonly string[]> = {
  'en-US': ['Joanna-Female', 'Joey-Male', 'Ivy-Female', 'Kendra-Female', 'Kimberly-Female', 'Salli-Female', 'Justin-Male', 'Matthew-Male', 'Kevin-Male'],
  'en-GB': ['Amy-Female', 'Emma-Female', 'Brian-Male', 'Arthur-Male'],
  'en-GB-WLS': ['Geraint-Male'],
  'en-AU': ['Nicole-Female', 'Olivia-Female', 'Russell-Male'],
  'en-IN': ['Aditi-Female', 'Raveena-Female', 'Kajal-Female'],
  'en-ZA': ['Ayanda-Female'],
  'en-NZ': ['Aria-Female'],
  'es-ES': ['Conchita-Female', 'Lucia-Female', 'Enrique-Male', 'Sergio-Male'],
  'es-US': ['Lupe-Female', 'Penelope-Female', 'Miguel-Male', 'Pedro-Male'],
  'es-MX': ['Mia-Female', 'Andres-Male'],
  'fr-CA': ['Chantal-Female', 'Gabrielle-Female', 'Liam-Male'],
  'da-DK': ['Naja-Female', 'Sofie-Female', 'Mads-Male'],
  'de-DE': ['Marlene-Female', 'Vicki-Female', 'Hans-Male', 'Daniel-Male'],
  'fr-FR': ['Celine-Female', 'Lea-Female', 'Mathieu-Male', 'Remi-Male'],
  'it-IT': ['Carla-Female', 'Bianca-Female', 'Giorgio-Male', 'Adriano-Male'],
  'is-IS': ['Dora-Female', 'Karl-Male'],
  'nl-NL': ['Lotte-Female', 'Laura-Female', 'Ruben-Male'],
  'pt-PT': ['Ines-Female', 'Cristiano-Male'],
  'ja-JP': ['Mizuki-Female', 'Kazuha-Female', 'Tomoko-Female', 'Takumi-Male'],
  // The list has both codes for Korean; they speak with the same voice.
  'ko-KO': ['Seoyeon-Female'],
  'ko-KR': ['Seoyeon-Female'],
  'pt-BR': ['Vitoria-Female', 'Camila-Female', 'Ricardo-Male', 'Thiago-Male'],
  'pl-PL': ['Ewa-Female', 'Maja-Female', 'Ola-Female', 'Jacek-Male', 'Jan-Male'],
  'zh-CN': ['Zhiyu-Female'],
  'zh-TW': ['Zhiyu-Female'],
  'cmn-CN': ['Zhiyu-Female'],
  'tr-TR': ['Filiz-Female', 'Burcu-Female'],
  'nb-NO': ['Liv-Female', 'Ida-Female'],
  'ro-RO': ['Carmen-Female'],
  'ru-RU': ['Tatyana-Female', 'Maxim-Male'],
  'sv-SE': ['Astrid-Female', 'Elin-Female'],
  'cy-GB': ['Gwyneth-Female'],
  'ca-ES': ['Arlet-Female'],
  'de-AT': ['Hannah-Female'],
  arb: ['Zeina-Female'],
};

/** The language an item speaks when it names none: the page's first example, `en-US`. */
export const DEFAULT_LANGUAGE: VoiceLanguage = 'en-US';

export const LANGUAGES = Object.keys(VOICES) as VoiceLanguage[];

/** The language as the list writes it (`EN-us` is `en-US`), or undefined when the list has no such language. */
export const voiceLanguage = (given: string): VoiceLanguage | undefined => LANGUAGES.find((l) => l.toLowerCase() === given.trim().toLowerCase());

/** The voices of a language, the default first. */
export const voicesOf = (language: VoiceLanguage): readonly string[] => VOICES[language];

/** The accent as the language's list writes it, or undefined when the language has no such voice. */
export const voiceAccent = (language: VoiceLanguage, given: string): string | undefined =>
  VOICES[language].find((v) => v.toLowerCase() === given.trim().toLowerCase());
