// Function file of the ribbon. The only button opens the task pane (ShowTaskpane), which needs no code;
// Office still loads this page and expects Office.onReady to run.
Office.onReady(() => {
  // Nothing to register: ExecuteFunction actions would be associated here.
});
