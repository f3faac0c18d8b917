/*
 * Starts GraphiQL (the UMD builds loaded before this script: React, ReactDOM, GraphiQL) against this application's
 * own endpoints. Their paths are written into the page by the server; the origin is the page's. On purpose nothing is
 * read from the page's address, so that no link can point the page, its queries and the headers typed into it at
 * another host.
 */
(function () {
    'use strict';

    var container = document.getElementById('graphiql');
    var origin = window.location.protocol + '//' + window.location.host;
    var options = { url: origin + container.getAttribute('data-graphql-path') };

    var webSocketPath = container.getAttribute('data-websocket-path');
    if (webSocketPath) {
        var webSocketProtocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
        // Subscriptions over graphql-ws, with the client bundled in GraphiQL: for each subscription GraphiQL's fetcher
        // (@graphiql/toolkit getWsFetcher) connects to subscriptionUrl with the Headers tab's headers as the
        // connection_init payload, which is where this server reads a subscriber's Authorization (a browser sends no
        // custom headers with a WebSocket handshake).
        options.subscriptionUrl = webSocketProtocol + '//' + window.location.host + webSocketPath;
    }

    var root = ReactDOM.createRoot(container);
    root.render(React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher(options),
        defaultEditorToolsVisibility: true,
        headerEditorEnabled: true,
        shouldPersistHeaders: true
    }));
})();
