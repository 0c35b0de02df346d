// OpenCC's character tables ship as modules whose default export is the table as text ("trad simp|trad simp|…").
declare module "opencc-js/dict/TSCharacters" {
  const table: string;
  export default table;
}
