/**
 * Which phones are connected, per room: a device counts once however many connections it has
 * (a phone that reconnects may briefly have two). Kept in this process; with several processes it
 * would move into the store beside the rooms.
 */
export class Presence {
  readonly #rooms = new Map<string, Map<string, Set<string>>>();

  /** Adds one connection of a device; true when the device was not connected before. */
  add(room: string, device: string, connection: string): boolean {
    const devices = this.#rooms.get(room) ?? new Map<string, Set<string>>();
    this.#rooms.set(room, devices);
    const connections = devices.get(device) ?? new Set<string>();
    devices.set(device, connections);
    connections.add(connection);
    return connections.size === 1;
  }

  /** Removes one connection (again is harmless); true when that was the device's last. */
  remove(room: string, device: string, connection: string): boolean {
    const connections = this.#rooms.get(room)?.get(device);
    if (!connections?.delete(connection)) return false;
    if (connections.size > 0) return false;
    this.#rooms.get(room)?.delete(device);
    return true;
  }

  isConnected(room: string, device: string): boolean {
    return this.#rooms.get(room)?.has(device) ?? false;
  }

  count(room: string): number {
    return this.#rooms.get(room)?.size ?? 0;
  }

  forget(room: string): void {
    this.#rooms.delete(room);
  }
}
