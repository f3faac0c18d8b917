/*
 * Starts GraphiQL (the UMD builds loaded before this script: React, ReactDOM, graphqlWs, GraphiQL) against this
 * application's own endpoints. Their paths are written into the page by the server; the origin is the page's. On
 * purpose nothing is read from the page's address, so that no link can point the page, its queries and the headers
 * typed into it at another host.
 */
(function () {
    'use strict';

    var container = document.getElementById('graphiql');
    var origin = window.location.protocol + '//' + window.location.host;
    var options = { url: origin + container.getAttribute('data-graphql-path') };

    var webSocketPath = container.getAttribute('data-websocket-path');
    if (webSocketPath && window.graphqlWs) {
        var webSocketProtocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
        // graphql-ws, connected on the first subscription only. The Headers tab does not reach it: a browser sends
        // no custom headers with a WebSocket handshake.
        options.wsClient = window.graphqlWs.createClient({
            url: webSocketProtocol + '//' + window.location.host + webSocketPath,
            lazy: true
        });
    }

    var root = ReactDOM.createRoot(container);
    root.render(React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher(options),
        defaultEditorToolsVisibility: true,
        headerEditorEnabled: true,
        shouldPersistHeaders: true
    }));
})();
