/**
 * Escapes text for Slack mrkdwn: &, < and > are the only control characters, so after
 * this no echoed text can become a mention, a link or a broadcast (<!channel>, <!here>).
 */
export const escapeMrkdwn = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cuts text to at most max characters, ending with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  // never cut inside an escape sequence or a link
  let cut = s.slice(0, max - 1);
  const amp = cut.lastIndexOf('&');
  if (amp > cut.length - 6 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  const lt = cut.lastIndexOf('<');
  if (lt > cut.lastIndexOf('>')) cut = cut.slice(0, lt);
  return `${cut}…`;
}

/** A report or document symbol as a link to the UN's document system, in the asker's language. */
export const documentLink = (symbol: string, lang: 'en' | 'fr'): string =>
  `<https://undocs.org/${lang === 'fr' ? 'fr/' : ''}${symbol}|${symbol}>`;
