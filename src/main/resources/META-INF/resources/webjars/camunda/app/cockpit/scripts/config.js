// Replaces Camunda's scripts/config.js of Cockpit: same keys, see Camunda's docs "Cockpit > Configuration".
import { dateFormat, locales, vendor } from '../../klyngeprogrammet/webapps.js';

export default {
  app: {
    name: 'Drift',
    vendor
  },
  dateFormat,
  locales
};
