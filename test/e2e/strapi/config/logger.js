// Warnings and errors only by default (STRAPI_LOG_LEVEL=http shows every request).
const { winston, formats: { prettyPrint } } = require('@strapi/logger');

const level = process.env.STRAPI_LOG_LEVEL || 'warn';

module.exports = {
  transports: [new winston.transports.Console({ level, format: winston.format.combine(prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' })) })],
};
