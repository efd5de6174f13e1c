/**
 * The ribbon's function file (manifest FunctionFile -> commands.html), as in the Yo
 * Office template. The "Dự toán" button only opens the task pane (ShowTaskpane), so
 * no function is registered yet; a future ExecuteFunction button registers its
 * handler here with Office.actions.associate(name, handler) and calls
 * event.completed() when done.
 */
Office.onReady(() => {
  // Office.js is ready; nothing to set up for a ShowTaskpane button.
});
