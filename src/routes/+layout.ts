// The app runs wholly in the browser: there is no server, and nothing is rendered ahead of time but the shell.
export const ssr = false;
export const prerender = false;
