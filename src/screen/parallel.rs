//! Screening natively on several threads: the rows of a chunk are judged in parallel
//! ([`super::judge`]) and applied in input order ([`super::tally`]), so the outputs are
//! byte for byte those of a run on one thread.

use super::judge::{judge_csv, Config, Judged, Worker};
use super::lines::{LineInfo, LineSplitter};
use super::tally::Tally;
use super::{FileProblem, Outputs, Screener};

impl Screener {
    /// Like [`Screener::feed`], judging the chunk's lines on `threads` threads (natively).
    /// The rows are written in input order and the duplicate rule sees them in order, so
    /// the outputs are exactly those of [`Screener::feed`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn feed_parallel(
        &mut self,
        chunk: &[u8],
        out: &mut Outputs,
        threads: usize,
    ) -> Result<(), FileProblem> {
        let mut ranges = Vec::new();
        if let Some((info, line)) = self.split(chunk, out, &mut ranges)? {
            self.csv_line(info, &line, out);
        }
        if ranges.is_empty() {
            return self.result();
        }
        // A thread is worth starting for a few hundred lines, not for a handful.
        let threads = if ranges.len() < 512 {
            1
        } else {
            threads.clamp(1, 16)
        };
        if threads == 1 {
            let judged = self.judge_ranges(chunk, &ranges);
            self.apply_ranges(chunk, &ranges, judged, out);
            return self.result();
        }
        let per = ranges.len().div_ceil(threads).max(1);
        let this = &*self;
        let judged: Vec<Judged> = std::thread::scope(|scope| {
            let handles: Vec<_> = ranges
                .chunks(per)
                .map(|part| scope.spawn(move || this.judge_ranges(chunk, part)))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        self.apply_ranges(chunk, &ranges, judged, out);
        self.result()
    }

    /// Screens a whole CSV input on `threads` threads, as a pipeline: while the threads judge
    /// one chunk, the calling thread applies the previous one in input order (the duplicate
    /// rule, the counts, the outputs), lets `drain` write the outputs away and reads the next
    /// chunk. The result is exactly that of [`Screener::feed`] over the same bytes; only the
    /// work that must go in order waits for anything. Call [`Screener::finish`] afterwards.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn run_pipelined(
        &mut self,
        input: &mut dyn std::io::Read,
        chunk_size: usize,
        threads: usize,
        out: &mut Outputs,
        mut drain: impl FnMut(&mut Outputs) -> std::io::Result<()>,
        mut progress: impl FnMut(u64),
    ) -> std::io::Result<Result<(), FileProblem>> {
        let threads = threads.clamp(1, 16);
        let chunk_size = chunk_size.max(1);
        let mut eof = false;
        // Until the header is found, chunks are small: blank lines before it are kept as lines
        // (after it they are only counted), so they must not be millions.
        const FIRST: usize = 64 << 10;
        let mut size = chunk_size.min(FIRST);
        let mut next = read_batch(
            &mut self.splitter,
            input,
            size,
            (Vec::new(), Vec::new()),
            &mut eof,
        )?;
        let mut pending: Option<Batch> = None;
        loop {
            let mut batch = next.take();
            // Up to and including the header, lines go one by one (there are no rows yet,
            // so nothing is pending).
            if self.config.header.is_none() {
                if let Some(b) = batch.as_mut() {
                    if let Some((info, line)) = b.carried.take() {
                        self.csv_line(info, &line, out);
                    }
                    self.header_prefix(&b.chunk, &mut b.ranges, out);
                }
            }
            if let Some(p) = self.fatal.clone() {
                return Ok(Err(p));
            }
            if batch.is_none() && pending.is_none() && eof {
                break;
            }
            if let Some(b) = batch.as_ref() {
                size = batch_size(chunk_size, self.config.header.is_some(), b);
            }
            let config = &self.config;
            let tally = &mut self.tally;
            let splitter = &mut self.splitter;
            let own = &mut self.worker;
            if let Some(b) = batch.as_mut() {
                let lines = usize::from(b.carried.is_some()) + b.ranges.len();
                b.judged.resize_with(lines, Judged::default);
                if let (Some((info, line)), Some(slot)) = (b.carried.as_ref(), b.judged.first_mut())
                {
                    *slot = judge_csv(config, own, *info, line);
                }
            }
            // The lines are shared out in small parts that whoever is free takes next: the
            // helper threads from the start, this thread once the previous batch is applied
            // and the next one read. So no core waits while another still has a long share,
            // and no more threads run than there are cores.
            let parts = batch.as_mut().map(|b| {
                let skip = usize::from(b.carried.is_some());
                Parts::new(
                    &b.chunk,
                    &b.ranges,
                    b.judged.get_mut(skip..).unwrap_or_default(),
                )
            });
            let io = std::thread::scope(|scope| {
                if let Some(parts) = parts.as_ref() {
                    for _ in 1..threads {
                        scope.spawn(move || {
                            parts.judge(config, &mut Worker::new(own_delimiter(config)))
                        });
                    }
                }
                let mut spare = (Vec::new(), Vec::new());
                if let Some(p) = pending.take() {
                    spare = apply_batch(tally, config, p, out);
                }
                let io = drain(out).and_then(|()| {
                    if eof {
                        Ok(None)
                    } else {
                        read_batch(splitter, input, size, spare, &mut eof)
                    }
                });
                if let Some(parts) = parts.as_ref() {
                    parts.judge(config, own);
                }
                io
            });
            drop(parts);
            next = io?;
            if let Some(b) = batch.as_ref() {
                progress(b.chunk.len() as u64);
            }
            pending = batch;
        }
        drain(out)?;
        Ok(self.result())
    }
}

/// A chunk on its way through a pipelined run: its bytes, the line carried over from the
/// chunk before (owned; it comes first), the ranges of its complete lines, and their
/// judgements in that order.
#[cfg(not(target_arch = "wasm32"))]
pub(super) struct Batch {
    chunk: Vec<u8>,
    carried: Option<(LineInfo, Vec<u8>)>,
    ranges: Vec<(LineInfo, std::ops::Range<usize>)>,
    judged: Vec<Judged>,
}

/// Applies a judged batch in input order; gives back its buffers for the next read.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn apply_batch(
    tally: &mut Tally,
    config: &Config,
    mut b: Batch,
    out: &mut Outputs,
) -> (Vec<u8>, Vec<Judged>) {
    let carried = b.carried.as_ref().map(|(_, l)| l.as_slice());
    let skip = usize::from(carried.is_some());
    let (chunk, ranges) = (&b.chunk, &b.ranges);
    tally.apply_in_order(config, &mut b.judged, out, |i| match (i, carried) {
        (0, Some(l)) => l,
        _ => ranges
            .get(i - skip)
            .and_then(|(_, r)| chunk.get(r.clone()))
            .unwrap_or(&[]),
    });
    b.judged.clear();
    (b.chunk, b.judged)
}

/// The delimiter the header chose (`,` before there is one).
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn own_delimiter(config: &Config) -> u8 {
    config.header.as_ref().map_or(b',', |h| h.delimiter)
}

/// A batch's lines cut into parts of [`Parts::SIZE`], each with the slots its judgements go
/// into; threads take the next part not yet taken until none is left.
#[cfg(not(target_arch = "wasm32"))]
pub(super) struct Parts<'a> {
    chunk: &'a [u8],
    parts: Vec<std::sync::Mutex<Option<PartOf<'a>>>>,
    next: std::sync::atomic::AtomicUsize,
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) type PartOf<'a> = (&'a [(LineInfo, std::ops::Range<usize>)], &'a mut [Judged]);

#[cfg(not(target_arch = "wasm32"))]
impl<'a> Parts<'a> {
    /// Lines in a part: about 100 KB, small enough to share a 4 MB chunk out evenly.
    const SIZE: usize = 256;

    pub(super) fn new(
        chunk: &'a [u8],
        ranges: &'a [(LineInfo, std::ops::Range<usize>)],
        slots: &'a mut [Judged],
    ) -> Parts<'a> {
        let parts = ranges
            .chunks(Self::SIZE)
            .zip(slots.chunks_mut(Self::SIZE))
            .map(|p| std::sync::Mutex::new(Some(p)))
            .collect();
        Parts {
            chunk,
            parts,
            next: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// Judges parts until none is left.
    pub(super) fn judge(&self, config: &Config, w: &mut Worker) {
        use std::sync::atomic::Ordering;
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(part) = self.parts.get(i) else {
                return;
            };
            // Each part is taken once (the counter hands out each index once), so the lock
            // is never contended; a poisoned one still holds its part.
            let taken = part.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some((ranges, slots)) = taken {
                for ((info, r), slot) in ranges.iter().zip(slots.iter_mut()) {
                    *slot = judge_csv(config, w, *info, self.chunk.get(r.clone()).unwrap_or(&[]));
                }
            }
        }
    }
}

/// The most lines a batch holds in memory (each costs about 100 bytes while it is judged):
/// a file of very short lines is read in smaller chunks.
const MAX_BATCH_LINES: usize = 128 << 10;

/// The size of the next chunk to read: small until the header is found, then
/// `chunk_size`, less when the last batch's lines were so short that a chunk would hold
/// more than [`MAX_BATCH_LINES`].
fn batch_size(chunk_size: usize, header: bool, last: &Batch) -> usize {
    if !header {
        return chunk_size.min(64 << 10);
    }
    let lines = last.ranges.len().max(1);
    let average = (last.chunk.len() / lines).max(1);
    chunk_size.min(average.saturating_mul(MAX_BATCH_LINES).max(64 << 10))
}

/// Reads the next chunk into `buf` and finds its lines; at the end of the input, the last
/// line without a `\n` (if any) is the batch.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn read_batch(
    splitter: &mut LineSplitter,
    input: &mut dyn std::io::Read,
    size: usize,
    (mut buf, judged): (Vec<u8>, Vec<Judged>),
    eof: &mut bool,
) -> std::io::Result<Option<Batch>> {
    buf.resize(size, 0);
    let n = read_up_to(input, &mut buf)?;
    buf.truncate(n);
    if n == 0 {
        *eof = true;
        let mut last = None;
        splitter.finish(|info, line| last = Some((info, line.to_vec())));
        return Ok(last.map(|l| Batch {
            chunk: Vec::new(),
            carried: Some(l),
            ranges: Vec::new(),
            judged: Vec::new(),
        }));
    }
    let mut ranges = Vec::new();
    let carried = splitter.feed_ranges(&buf, &mut ranges);
    Ok(Some(Batch {
        chunk: buf,
        carried,
        ranges,
        judged,
    }))
}

/// Fills `buf` from `input` as far as it goes; fewer bytes only at the end of the input.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn read_up_to(input: &mut dyn std::io::Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}
