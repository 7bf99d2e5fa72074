/** The shape of a validator message: [what is wrong, how to fix it], in Dutch and in English. */
export type Say<P> = (p: P, w: string) => [string, string];
export type Entry<P> = { nl: Say<P>; en: Say<P> };

export const didYouMean = {
  nl: (s?: string) => (s ? ` Bedoelde je '${s}'?` : ''),
  en: (s?: string) => (s ? ` Did you mean '${s}'?` : ''),
};
