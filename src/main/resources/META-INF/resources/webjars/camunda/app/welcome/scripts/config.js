// Replaces Camunda's scripts/config.js of the Welcome page: same keys, see Camunda's docs "Welcome > Configuration".
import { dateFormat, locales, vendor } from '../../klyngeprogrammet/webapps.js';

export default {
  app: {
    name: 'Velkommen',
    vendor
  },
  dateFormat,
  locales
};
