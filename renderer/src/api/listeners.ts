/** A set of listeners where one that throws cannot stop the others (or the transport that notifies them). */
export class ListenerSet<T> {
  private readonly listeners = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    // Wrapped so that the same function subscribed twice gets two independent subscriptions.
    const entry = (value: T) => listener(value);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  notify(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        console.error('A Crossdock event listener failed', error);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
