/* Top-bar menu groups (<details>): one open at a time; Escape or a click elsewhere closes it. */
(function () {
    function groups() { return document.querySelectorAll('details.nav-group'); }
    document.addEventListener('toggle', function (e) {
        var d = e.target;
        if (d.classList && d.classList.contains('nav-group') && d.open) {
            groups().forEach(function (g) { if (g !== d) { g.open = false; } });
        }
    }, true);
    document.addEventListener('click', function (e) {
        groups().forEach(function (g) { if (g.open && !g.contains(e.target)) { g.open = false; } });
    });
    document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') {
            groups().forEach(function (g) {
                if (g.open) { g.open = false; g.querySelector('summary').focus(); }
            });
        }
    });
})();
