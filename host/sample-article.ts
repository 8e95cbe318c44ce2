/** The bundled sample article, relative to the app's root folder (packaged into app.asar). */
export const SAMPLE_ARTICLE_FILE = 'data/putin-open-to-negotiations-with-ukraine.txt';
