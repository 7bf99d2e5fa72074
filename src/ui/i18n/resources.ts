/** All translation resources, merged from the app's and each feature's message modules. */
import * as chart from '../chart/messages.ts';
import * as debrief from '../debrief/messages.ts';
import * as lens from '../lens/messages.ts';
import * as player from '../player/messages.ts';
import * as triangle from '../triangle/messages.ts';
import * as app from './messages.ts';

const modules = [app, player, triangle, lens, chart, debrief];

export const resources = {
  nl: { translation: Object.assign({}, ...modules.map((m) => m.nl)) },
  en: { translation: Object.assign({}, ...modules.map((m) => m.en)) },
};
