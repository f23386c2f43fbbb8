/*
 * A link from Tasklist's header to the programme office's call overview (/saksbehandling), shown
 * only to those the overview lets in: the page itself decides (it answers 403 to reviewers and
 * applicants), so the rule of who is staff stays in one place on the server.
 */
export default {
  id: 'klyngeprogrammet.staff-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: node => {
    fetch('/saksbehandling', { method: 'HEAD', credentials: 'same-origin' })
      .then(response => {
        if (!response.ok) {
          return;
        }
        const link = document.createElement('a');
        link.href = '/saksbehandling';
        link.className = 'klynge-staff-link';
        link.textContent = 'Saksbehandling';
        node.appendChild(link);
      })
      .catch(() => {});
  }
};
