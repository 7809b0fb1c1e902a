// A worker of its own for results.xlsx when a page asks for one (www/workbook.js): a
// workbook of a few hundred thousand rows takes seconds to write, which must not freeze the
// page. One workbook per worker; the page ends the worker when it has the file.
import { makeWorkbook } from './workbook.js';

self.onmessage = async ({ data }) => {
  try {
    self.postMessage({ blob: await makeWorkbook(data) });
  } catch (e) {
    self.postMessage({ error: { code: e.code ?? 'internal', message: e.message ?? String(e) } });
  }
};
