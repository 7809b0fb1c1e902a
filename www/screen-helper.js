// A helper of the screening worker: judges the lines it is sent by the eligibility rules and
// sends the results back as bytes. The worker that split the file applies them in input
// order (the duplicate rule, the counts, the outputs), so two cores share the work and the
// result is the same as with one.
import init, { ScreenJob } from './pkg/layak_screen.js';

// Warmed up like the worker (see screen-worker.js) while the operator picks a file.
const ready = init().then(() => {
  try { ScreenJob.warmUp(20000); } catch { /* only an aid */ }
});
let job = null;

self.onmessage = async ({ data }) => {
  await ready;
  if (data.header) {
    job = new ScreenJob(data.options, data.enrolled ?? undefined);
    job.setHeaderLine(data.header);
    return;
  }
  const { id, bytes, ranges } = data;
  const judged = job.judge(bytes, ranges);
  // The lines and their offsets go back with the judgements: the worker applies them.
  self.postMessage({ id, bytes, ranges, judged }, [bytes.buffer, ranges.buffer, judged.buffer]);
};
