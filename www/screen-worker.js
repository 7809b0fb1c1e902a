// The screening worker: reads a CSV or XLSX file chunk by chunk through the layak screening
// module and sends back progress, the summary and the four output files. It runs off the
// page's thread, so the page stays responsive during a million rows. Nothing leaves the device.
import init, { ScreenJob } from './pkg/layak_screen.js';

const ready = init();

self.onmessage = async ({ data }) => {
  const { file, options, enrolled } = data;
  try {
    await ready;
    const started = performance.now();
    const job = new ScreenJob(options, enrolled ?? undefined);
    const parts = { eligible: [], ineligible: [], review: [], errors: [] };
    const collect = () => {
      const o = job.takeOutputs();
      for (const k of Object.keys(parts)) if (o[k].length) parts[k].push(o[k]);
    };
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const xlsx = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    let lastReport = 0;
    const report = (done) => {
      const now = performance.now();
      if (now - lastReport < 100) return;
      lastReport = now;
      self.postMessage({ progress: done, total: file.size, counts: job.counts() });
    };
    if (xlsx) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      job.screenXlsx(bytes, (rows) => { collect(); report(file.size * 0.5); self.postMessage({ rows }); });
    } else {
      const reader = file.stream().getReader();
      let done = 0;
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        job.push(value);
        done += value.length;
        collect();
        report(done);
      }
    }
    const summary = job.finish(xlsx);
    collect();
    const files = {};
    for (const [k, chunks] of Object.entries(parts)) {
      files[k] = new Blob(chunks, { type: 'text/csv;charset=utf-8' });
    }
    files.summary = new Blob([JSON.stringify(summary, null, 2)], { type: 'application/json' });
    self.postMessage({ done: true, summary, files, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ error: { code: e.code ?? 'internal', message: e.message ?? String(e) } });
  }
};
