/** The server's version, announced in `Connected.serverVersion`. Kept in step with server/package.json. */
export const SERVER_VERSION = '0.1.0'
