// Replaces Camunda's scripts/config.js of Admin: same keys, see Camunda's docs "Admin > Configuration".
import { dateFormat, locales, vendor } from '../../klyngeprogrammet/webapps.js';

export default {
  app: {
    name: 'Administrasjon',
    vendor
  },
  dateFormat,
  locales
};
