/** The weights of Be Vietnam Pro the site uses (Tailwind's font-normal, font-semibold, font-bold). */
export const WEB_FONT_WEIGHTS = [
  { weight: 400, sourceName: "400Regular" },
  { weight: 600, sourceName: "600SemiBold" },
  { weight: 700, sourceName: "700Bold" },
] as const;

// Inclusive code-point ranges kept in the web font. Latin-1 and Latin Extended-A keep names of foreign
// partners (é, ü, ł…) in the same face; other scripts fall back to the system font letter by letter.
const RANGES: [number, number][] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1: À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý à á â ã è é ê … and « » © °
  [0x0100, 0x017f], // Latin Extended-A: Ă ă Đ đ Ĩ ĩ Ũ ũ
  [0x01a0, 0x01a1], // Ơ ơ
  [0x01af, 0x01b0], // Ư ư
  [0x0300, 0x0303], // combining grave, acute, circumflex, tilde (text typed in decomposed form)
  [0x0309, 0x0309], // combining hook above
  [0x0323, 0x0323], // combining dot below
  [0x1ea0, 0x1ef9], // Latin Extended Additional: ạ ả ấ … ỹ, every toned Vietnamese vowel
  [0x2000, 0x206f], // General Punctuation: – — ‘ ’ “ ” … •
  [0x20ab, 0x20ac], // ₫ €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows ← ↑ → ↓
];

export const WEB_FONT_CODE_POINTS: number[] = RANGES.flatMap(([first, last]) =>
  Array.from({ length: last - first + 1 }, (_, index) => first + index),
);
