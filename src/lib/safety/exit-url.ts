// Where the quick exit goes unless the person chose somewhere else: apart from the exit itself (quick-exit.ts), so
// the first screen, which reads the stored choice (vault/meta-rows.ts), loads none of the exit's code, whose names
// would say what the app is.
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
