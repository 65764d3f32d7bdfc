/**
 * A question whose answer is not echoed (a passphrase): readline on a terminal echoes every key through its output,
 * so the output is muted once the question is written; the line break Enter would have echoed is written after.
 */
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

export async function askHidden(question: string, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string> {
  let muted = false;
  const screen = new Writable({
    write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input, output: screen, terminal: true });
  try {
    const answer = prompt.question(question);
    muted = true;
    return (await answer).trim();
  } finally {
    prompt.close();
    output.write('\n');
  }
}
