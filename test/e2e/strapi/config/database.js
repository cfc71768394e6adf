// SQLite (better-sqlite3) in a file the e2e script puts under a temporary folder.
const path = require('node:path');

module.exports = ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: { filename: path.resolve(env('DATABASE_FILENAME', path.join(__dirname, '..', '.tmp', 'data.db'))) },
    useNullAsDefault: true,
  },
});
