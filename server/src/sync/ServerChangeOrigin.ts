/** Transaction origin of changes the server makes itself. */
export const SERVER_ORIGIN = Symbol('server');

/** Transaction origin of a change the server makes on a user's request (a restore, an insertion): theirs. */
export class ServerChangeOrigin {
  constructor(readonly userId: string) {}
}
