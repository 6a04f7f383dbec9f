<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About b24desk</source>
        <translation>Sobre o b24desk</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Bibliotecas incluídas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the version and the libraries, e.g. for a bug report</source>
        <translation>Copiar a versão e as bibliotecas, por exemplo para um relato de erro</translation>
    </message>
    <message>
        <source>Desktop request builder for the Bitrix24 REST API</source>
        <translation>Construtor de requisições para a API REST do Bitrix24, para desktop</translation>
    </message>
    <message>
        <source>Libraries b24desk ships with, and their licences:</source>
        <translation>Bibliotecas que acompanham o b24desk e suas licenças:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Licence: {licence}. Runs on Python {python} and Qt {qt} (LGPL-3.0, through PySide6).</source>
        <translation>Licença: {licence}. Roda em Python {python} e Qt {qt} (LGPL-3.0, via PySide6).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Application token</source>
        <translation>Token do aplicativo</translation>
    </message>
    <message>
        <source>Busiest methods</source>
        <translation>Métodos mais usados</translation>
    </message>
    <message>
        <source>Call URL</source>
        <translation>URL da chamada</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Linguagem do código</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <source>Enter finds the next match</source>
        <translation>Enter localiza a próxima ocorrência</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Dados do evento</translation>
    </message>
    <message>
        <source>Events the receiver got, newest last</source>
        <translation>Eventos recebidos pelo receptor, os mais novos por último</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>Localizar na resposta bruta</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>URL do manipulador</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Keys in PHP syntax, their values and types; Enter edits a cell</source>
        <translation>Chaves em sintaxe PHP, seus valores e tipos; Enter edita uma célula</translation>
    </message>
    <message>
        <source>List results, one row per record; click a column to sort</source>
        <translation>Resultados de listas, uma linha por registro; clique numa coluna para ordenar</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>POST sends a form body; GET puts the query in the URL</source>
        <translation>POST envia um corpo de formulário; GET põe a consulta na URL</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Parameters as JSON</source>
        <translation>Parâmetros em JSON</translation>
    </message>
    <message>
        <source>Past calls of this webhook; double-click reopens one</source>
        <translation>Chamadas anteriores deste webhook; clique duplo reabre uma</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Resposta bruta</translation>
    </message>
    <message>
        <source>Received events</source>
        <translation>Eventos recebidos</translation>
    </message>
    <message>
        <source>Receiver host</source>
        <translation>Host do receptor</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Porta do receptor</translation>
    </message>
    <message>
        <source>Requests, errors and time per method</source>
        <translation>Requisições, erros e tempo por método</translation>
    </message>
    <message>
        <source>Result table</source>
        <translation>Tabela do resultado</translation>
    </message>
    <message>
        <source>Result tree</source>
        <translation>Árvore do resultado</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Buscar métodos</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>Selects every cell of the table</source>
        <translation>Seleciona todas as células da tabela</translation>
    </message>
    <message>
        <source>The REST method to call, e.g. crm.lead.list</source>
        <translation>O método REST a chamar, por exemplo crm.lead.list</translation>
    </message>
    <message>
        <source>The URL Execute calls; paste a call URL to load it</source>
        <translation>A URL que Executar chama; cole uma URL de chamada para carregá-la</translation>
    </message>
    <message>
        <source>The URL to give the portal for outgoing webhooks</source>
        <translation>A URL a informar ao portal para webhooks de saída</translation>
    </message>
    <message>
        <source>The address the event receiver listens on</source>
        <translation>O endereço em que o receptor de eventos escuta</translation>
    </message>
    <message>
        <source>The answer as a tree of keys and values</source>
        <translation>A resposta como árvore de chaves e valores</translation>
    </message>
    <message>
        <source>The answer as indented JSON</source>
        <translation>A resposta como JSON indentado</translation>
    </message>
    <message>
        <source>The collection&apos;s folders and requests; Enter or double-click opens one</source>
        <translation>Pastas e requisições da coleção; Enter ou clique duplo abre uma</translation>
    </message>
    <message>
        <source>The language of the generated code</source>
        <translation>A linguagem do código gerado</translation>
    </message>
    <message>
        <source>The port the event receiver listens on</source>
        <translation>A porta em que o receptor de eventos escuta</translation>
    </message>
    <message>
        <source>The portal&apos;s methods; Enter puts one in the editor</source>
        <translation>Os métodos do portal; Enter leva um ao editor</translation>
    </message>
    <message>
        <source>The request as code in the chosen language</source>
        <translation>A requisição como código na linguagem escolhida</translation>
    </message>
    <message>
        <source>The same parameters as a JSON object</source>
        <translation>Os mesmos parâmetros como objeto JSON</translation>
    </message>
    <message>
        <source>The selected event&apos;s fields</source>
        <translation>Os campos do evento selecionado</translation>
    </message>
    <message>
        <source>The token the portal sends with each event</source>
        <translation>O token que o portal envia com cada evento</translation>
    </message>
    <message>
        <source>The webhook the request is sent through</source>
        <translation>O webhook pelo qual a requisição é enviada</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Words of a method name or its parameters</source>
        <translation>Palavras do nome de um método ou de seus parâmetros</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>All pages</source>
        <translation>Todas as páginas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Embed the secret?</source>
        <translation>Incorporar a chave secreta?</translation>
    </message>
    <message>
        <source>Embed webhook URL (secret)</source>
        <translation>Incorporar URL do webhook (secreta)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Salvar código</translation>
    </message>
    <message>
        <source>The code will contain the webhook URL with its secret. Anyone who reads the file can read and change your portal&apos;s data, and Bitrix24 blocks a webhook whose secret is found in public. Embed it anyway?</source>
        <translation>O código conterá a URL do webhook com a chave secreta. Qualquer pessoa que ler o arquivo poderá ler e alterar os dados do seu portal, e o Bitrix24 bloqueia um webhook cuja chave secreta for encontrada em público. Incorporar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <source>A folder of request files (it may be a git repository)</source>
        <translation>Uma pasta de arquivos de requisição (pode ser um repositório git)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete {name} and everything in it?</source>
        <translation>Excluir {name} e tudo o que contém?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Excluir {name}?</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nova pasta…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nova requisição</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nova requisição…</translation>
    </message>
    <message>
        <source>No collection open</source>
        <translation>Nenhuma coleção aberta</translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation>Abrir coleção</translation>
    </message>
    <message>
        <source>Open collection…</source>
        <translation>Abrir coleção…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
</context>
<context>
    <name>EnvironmentPicker</name>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Sem ambiente</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Show the raw answer</source>
        <translation>Mostrar a resposta bruta</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Atualizar chave secreta…</translation>
    </message>
    <message>
        <source>Use {method}</source>
        <translation>Usar {method}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>O que fazer: {action}</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformado</translation>
    </message>
    <message>
        <source>rejected: no token</source>
        <translation>rejeitado: sem token</translation>
    </message>
    <message>
        <source>rejected: wrong token</source>
        <translation>rejeitado: token errado</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>grande demais</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>requisições demais</translation>
    </message>
    <message>
        <source>unchecked (no token set)</source>
        <translation>não verificado (nenhum token definido)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>127.0.0.1 keeps the receiver on this computer</source>
        <translation>127.0.0.1 mantém o receptor restrito a este computador</translation>
    </message>
    <message>
        <source>A cloud Bitrix24 portal cannot reach this computer behind a router (NAT): it needs a public HTTPS handler URL, for example a tunnel you run that forwards to the address above. An on-premise portal on the same network, and the sandbox portal, can use it directly. The portal does not retry: events sent while the receiver is stopped are lost.</source>
        <translation>Um portal Bitrix24 na nuvem não consegue alcançar este computador atrás de um roteador (NAT): ele precisa de uma URL de manipulador HTTPS pública, por exemplo um túnel que você executa e que encaminha para o endereço acima. Um portal local (on-premise) na mesma rede e o portal sandbox podem usá-lo diretamente. O portal não tenta de novo: eventos enviados enquanto o receptor está parado são perdidos.</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Token do aplicativo</translation>
    </message>
    <message>
        <source>Application token the portal shows for the outgoing webhook</source>
        <translation>Token do aplicativo que o portal mostra para o webhook de saída</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>Não é possível escutar em {host}:{port}: {reason}</translation>
    </message>
    <message>
        <source>Cannot load {name}: {error}</source>
        <translation>Não é possível carregar {name}: {error}</translation>
    </message>
    <message>
        <source>Cannot save: {error}</source>
        <translation>Não é possível salvar: {error}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Export handler skeleton</source>
        <translation>Exportar esqueleto de manipulador</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>De: {source}</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>URL do manipulador</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Linhas JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escutar em</translation>
    </message>
    <message>
        <source>Listen on the network?</source>
        <translation>Escutar na rede?</translation>
    </message>
    <message>
        <source>Listening on {host} lets anyone on your network post events to this computer. Keep the application token set so that forged events are rejected. Listen anyway?</source>
        <translation>Escutar em {host} permite que qualquer pessoa na sua rede envie eventos para este computador. Mantenha o token do aplicativo definido para que eventos forjados sejam rejeitados. Escutar mesmo assim?</translation>
    </message>
    <message>
        <source>Listening. Give the portal this handler URL (or your tunnel&apos;s public URL).</source>
        <translation>Escutando. Informe ao portal esta URL de manipulador (ou a URL pública do seu túnel).</translation>
    </message>
    <message>
        <source>Listening. No application token set: events are shown as unchecked, none is rejected.</source>
        <translation>Escutando. Nenhum token do aplicativo definido: os eventos aparecem como não verificados e nenhum é rejeitado.</translation>
    </message>
    <message>
        <source>Load events</source>
        <translation>Carregar eventos</translation>
    </message>
    <message>
        <source>Loaded {count} events.</source>
        <translation>{count} eventos carregados.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Carregar…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Corpo bruto</translation>
    </message>
    <message>
        <source>Replay event</source>
        <translation>Reenviar evento</translation>
    </message>
    <message>
        <source>Replay to URL…</source>
        <translation>Reenviar para URL…</translation>
    </message>
    <message>
        <source>Replayed {event}: the handler answered {status}.</source>
        <translation>{event} reenviado: o manipulador respondeu {status}.</translation>
    </message>
    <message>
        <source>Replaying to {url}…</source>
        <translation>Reenviando para {url}…</translation>
    </message>
    <message>
        <source>Save events</source>
        <translation>Salvar eventos</translation>
    </message>
    <message>
        <source>Saved {count} events (tokens masked).</source>
        <translation>{count} eventos salvos (tokens mascarados).</translation>
    </message>
    <message>
        <source>Saved {name}. It reads the token from B24_APPLICATION_TOKEN.</source>
        <translation>{name} salvo. Ele lê o token de B24_APPLICATION_TOKEN.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Send the event to this handler URL:</source>
        <translation>Enviar o evento para esta URL de manipulador:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Começar a escutar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stopped. Events the portal sends now are lost (it does not retry).</source>
        <translation>Parado. Os eventos que o portal enviar agora serão perdidos (ele não tenta de novo).</translation>
    </message>
    <message>
        <source>The handler URL appears here once the receiver runs</source>
        <translation>A URL do manipulador aparece aqui quando o receptor estiver em execução</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
</context>
<context>
    <name>ExecuteBar</name>
    <message>
        <source>%v of %m rows</source>
        <translation>%v de %m linhas</translation>
    </message>
    <message>
        <source>Add a webhook first.</source>
        <translation>Adicione um webhook primeiro.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled. The request is as you left it.</source>
        <translation>Cancelado. A requisição está como você a deixou.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>{rows} rows in {requests} requests, {seconds:.1f} s</source>
        <translation>{rows} linhas em {requests} requisições, {seconds:.1f} s</translation>
    </message>
    <message>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} s</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>CSV for Excel, separated by &apos;{separator}&apos; (*.csv)</source>
        <translation>CSV para Excel, separado por &apos;{separator}&apos; (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV separado por vírgulas (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportar a tabela</translation>
    </message>
</context>
<context>
    <name>HeadersView</name>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requisição</numerusform>
            <numerusform>%n requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Limpar histórico</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Every call is kept here: saved, pasted or sandbox webhooks, from any tab or collection.</source>
        <translation>Cada chamada fica guardada aqui: webhooks salvos, colados ou do sandbox, de qualquer aba ou coleção.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>No calls through this webhook yet.</source>
        <translation>Ainda não há chamadas por este webhook.</translation>
    </message>
    <message>
        <source>No history: the storage could not be opened.</source>
        <translation>Sem histórico: não foi possível abrir o armazenamento.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>{requests}, {errors}, {total:.1f} s in all, {average:.0f} ms on average</source>
        <translation>{requests}, {errors}, {total:.1f} s no total, {average:.0f} ms em média</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The new language applies when b24desk starts again. Restart now?</source>
        <translation>O novo idioma vale quando o b24desk iniciar de novo. Reiniciar agora?</translation>
    </message>
    <message>
        <source>The request you are editing is kept in the history only if it was sent.</source>
        <translation>A requisição em edição fica no histórico somente se tiver sido enviada.</translation>
    </message>
</context>
<context>
    <name>LeakScanDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Escolha uma pasta que exista.</translation>
    </message>
    <message>
        <source>Double-click a finding to open its folder.</source>
        <translation>Clique duas vezes em um achado para abrir a pasta dele.</translation>
    </message>
    <message>
        <source>Finds Bitrix24 webhook secrets and application tokens before they go public.</source>
        <translation>Encontra segredos de webhooks do Bitrix24 e tokens de aplicação antes que se tornem públicos.</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Pasta a verificar</translation>
    </message>
    <message>
        <source>Include the git history</source>
        <translation>Incluir o histórico do git</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets</source>
        <translation>Procurar segredos vazados em uma pasta</translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation>Verificando {folder}…</translation>
    </message>
    <message>
        <source>Scanning… {files} files read</source>
        <translation>Verificando… {files} arquivos lidos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>The scan stopped: {message}</source>
        <translation>A verificação parou: {message}</translation>
    </message>
</context>
<context>
    <name>LeakScanModel</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Mascarado</translation>
    </message>
    <message>
        <source>Saved webhook</source>
        <translation>Webhook salvo</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>{name} (earlier secret)</source>
        <translation>{name} (segredo anterior)</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>Adicionar linhas</translation>
    </message>
    <message>
        <source>Add lines…</source>
        <translation>Adicionar linhas…</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Each value is sent as {key}[]. Double-click a value to edit it.</source>
        <translation>Cada valor é enviado como {key}[]. Clique duas vezes em um valor para editá-lo.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Paste several values, one per line</source>
        <translation>Colar vários valores, um por linha</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Ticked values are sent, in this order. Double-click a value to edit it.</source>
        <translation>Os valores marcados são enviados nesta ordem. Clique duas vezes em um valor para editá-lo.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Values of {key}</source>
        <translation>Valores de {key}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Sandbox: demo data on this computer, nothing is sent anywhere. Add webhook… connects your own portal.</source>
        <translation>Sandbox: dados de demonstração neste computador, nada é enviado. Adicionar webhook… conecta seu portal.</translation>
    </message>
    <message>
        <source>The request names the webhook {name!r}, which is not saved here.</source>
        <translation>A requisição indica o webhook {name!r}, que não está salvo aqui.</translation>
    </message>
    <message>
        <source>The sandbox portal could not start: {error}</source>
        <translation>O portal sandbox não pôde ser iniciado: {error}</translation>
    </message>
    <message>
        <source>b24desk: Bitrix24 REST request builder</source>
        <translation>b24desk: construtor de requisições REST do Bitrix24</translation>
    </message>
    <message>
        <source>{method} is not in the method catalogue.</source>
        <translation>{method} não está no catálogo de métodos.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About b24desk</source>
        <translation>&amp;Sobre o b24desk</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Find a method</source>
        <translation>&amp;Procurar um método</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Maximise the result</source>
        <translation>&amp;Maximizar o resultado</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requisição</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Copy call &amp;URL (secret masked)</source>
        <translation>Copiar &amp;URL da chamada (segredo mascarado)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Export table (CSV, Excel)…</source>
        <translation>Exportar tabela (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Aumentar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Diminuir</translation>
    </message>
</context>
<context>
    <name>MethodBrowser</name>
    <message>
        <source>Add to favourites</source>
        <translation>Adicionar aos favoritos</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Remover dos favoritos</translation>
    </message>
    <message>
        <source>Search methods (Ctrl+L)</source>
        <translation>Buscar métodos (Ctrl+L)</translation>
    </message>
    <message>
        <source>Words of a method or of its parameters: lead add, select, task…</source>
        <translation>Palavras de um método ou de seus parâmetros: lead add, select, task…</translation>
    </message>
    <message>
        <source>{count} methods</source>
        <translation>{count} métodos</translation>
    </message>
</context>
<context>
    <name>MethodTreeModel</name>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>List method (50 rows a page)</source>
        <translation>Método de lista (50 linhas por página)</translation>
    </message>
    <message>
        <source>Not served by the sandbox portal: it answers ERROR_METHOD_NOT_FOUND.</source>
        <translation>Não atendido pelo portal sandbox: ele responde ERROR_METHOD_NOT_FOUND.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>Results ({count})</source>
        <translation>Resultados ({count})</translation>
    </message>
    <message>
        <source>This portal does not list this method, though the webhook has its scope.</source>
        <translation>Este portal não lista este método, embora o webhook tenha o escopo dele.</translation>
    </message>
    <message>
        <source>This webhook lacks the scope for this method.</source>
        <translation>Este webhook não tem a permissão para este método.</translation>
    </message>
    <message>
        <source>other (no scope)</source>
        <translation>outros (sem permissão)</translation>
    </message>
    <message>
        <source>scope: {scope}</source>
        <translation>permissão: {scope}</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Hide this note</source>
        <translation>Ocultar esta nota</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>Add a webhook to build the call URL.</source>
        <translation>Adicione um webhook para montar a URL da chamada.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>Add a key to the selected group</source>
        <translation>Adicionar uma chave ao grupo selecionado</translation>
    </message>
    <message>
        <source>Add a key to the selected group (Ctrl+Ins)</source>
        <translation>Adicionar uma chave ao grupo selecionado (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>Add inside</source>
        <translation>Adicionar dentro</translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation>Editar lista…</translation>
    </message>
    <message>
        <source>Edit the selected parameter&apos;s values as a list, one per row</source>
        <translation>Editar os valores do parâmetro selecionado como lista, um por linha</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Keys use PHP syntax: fields[TITLE], select[], filter[&gt;ID]</source>
        <translation>As chaves usam a sintaxe do PHP: fields[TITLE], select[], filter[&gt;ID]</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Remover os parâmetros selecionados</translation>
    </message>
    <message>
        <source>Select the parameter whose values you want to edit as a list.</source>
        <translation>Selecione o parâmetro cujos valores você quer editar como lista.</translation>
    </message>
    <message>
        <source>The JSON is not valid: {reason} (line {line}, column {column}).</source>
        <translation>O JSON não é válido: {reason} (linha {line}, coluna {column}).</translation>
    </message>
    <message>
        <source>The JSON must be an object: {example}</source>
        <translation>O JSON deve ser um objeto: {example}</translation>
    </message>
    <message>
        <source>{key} holds named keys, not a list of values: use Add inside to add one.</source>
        <translation>{key} contém chaves nomeadas, não uma lista de valores: use Adicionar dentro para incluir uma.</translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <source>Documented type: {type}</source>
        <translation>Tipo documentado: {type}</translation>
    </message>
    <message>
        <source>New parameter: type a key</source>
        <translation>Novo parâmetro: digite uma chave</translation>
    </message>
    <message>
        <source>New parameter: type a key, e.g. {key}</source>
        <translation>Novo parâmetro: digite uma chave, por exemplo {key}</translation>
    </message>
    <message>
        <source>No value in the current environment: {names}</source>
        <translation>Sem valor no ambiente atual: {names}</translation>
    </message>
    <message>
        <source>Not sent: tick it to send it</source>
        <translation>Não enviado: marque para enviar</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Required and still empty: Execute will ask before sending</source>
        <translation>Obrigatório e ainda vazio: Executar perguntará antes de enviar</translation>
    </message>
    <message>
        <source>Required parameter</source>
        <translation>Parâmetro obrigatório</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>PastedWebhookOffer</name>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Salvar webhook</translation>
    </message>
    <message>
        <source>Save webhook…</source>
        <translation>Salvar webhook…</translation>
    </message>
    <message>
        <source>The webhook of {host} came with the pasted URL; it is used for now, not saved.</source>
        <translation>O webhook de {host} veio com a URL colada; ele está em uso agora, mas não foi salvo.</translation>
    </message>
    <message>
        <source>{host} (pasted, not saved)</source>
        <translation>{host} (colado, não salvo)</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <source>Find (Ctrl+F, Enter for next)</source>
        <translation>Localizar (Ctrl+F, Enter para o próximo)</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>Localizar na resposta bruta</translation>
    </message>
    <message>
        <source>Not found: {text}</source>
        <translation>Não encontrado: {text}</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {total:,} characters; Export saves all.</source>
        <translation>Mostrando os primeiros {shown:,} de {total:,} caracteres; Exportar salva tudo.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Every row of a list method, 2,500 rows per request through batch.</source>
        <translation>Todas as linhas de um método de lista, 2.500 linhas por requisição via batch.</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Buscar todas as páginas</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Method, e.g. crm.lead.list</source>
        <translation>Método, por exemplo crm.lead.list</translation>
    </message>
    <message>
        <source>POST sends the parameters as a form body; GET puts them in the URL.</source>
        <translation>POST envia os parâmetros no corpo do formulário; GET os coloca na URL.</translation>
    </message>
    <message>
        <source>This method returns no list to page through (as its documentation says).</source>
        <translation>Este método não retorna uma lista para paginar (segundo sua documentação).</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requisição</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Abrir requisição</translation>
    </message>
    <message>
        <source>Open request…</source>
        <translation>Abrir requisição…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Salvar requisição</translation>
    </message>
    <message>
        <source>Save request…</source>
        <translation>Salvar requisição…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
</context>
<context>
    <name>RequestTabs</name>
    <message>
        <source>Close tab</source>
        <translation>Fechar aba</translation>
    </message>
    <message>
        <source>Close the request tab</source>
        <translation>Fechar a aba da requisição</translation>
    </message>
    <message>
        <source>Close {title}</source>
        <translation>Fechar {title}</translation>
    </message>
    <message>
        <source>Closes this request tab (Ctrl+W)</source>
        <translation>Fecha esta aba de requisição (Ctrl+W)</translation>
    </message>
    <message>
        <source>New request tab</source>
        <translation>Nova aba de requisição</translation>
    </message>
    <message>
        <source>Next request tab</source>
        <translation>Próxima aba de requisição</translation>
    </message>
    <message>
        <source>Previous request tab</source>
        <translation>Aba de requisição anterior</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Salvo: {file}</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved. Close it anyway?</source>
        <translation>{title} tem alterações não salvas. Fechar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>ResultFilter</name>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar linhas</translation>
    </message>
    <message>
        <source>Filter the result</source>
        <translation>Filtrar o resultado</translation>
    </message>
    <message>
        <source>Keeps the Table&apos;s rows that contain this text; finds it in the Tree</source>
        <translation>Mantém as linhas da tabela que contêm este texto e o localiza na árvore</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Não foi possível salvar {path}: {error}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>No request sent yet. Press Ctrl+Enter to execute.</source>
        <translation>Nenhuma requisição enviada ainda. Pressione Ctrl+Enter para executar.</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Raw shows the first {shown:,} of {total:,} rows; Export saves them all.</source>
        <translation>Bruto mostra as primeiras {shown:,} de {total:,} linhas; Exportar salva todas.</translation>
    </message>
    <message>
        <source>Save the Table&apos;s rows as CSV or as an Excel workbook</source>
        <translation>Salvar as linhas da Tabela como CSV ou como pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>Save the answer as JSON, or the Table&apos;s rows as CSV or XLSX</source>
        <translation>Salvar a resposta como JSON ou as linhas da Tabela como CSV ou XLSX</translation>
    </message>
    <message>
        <source>Save the whole answer as JSON</source>
        <translation>Salvar a resposta inteira como JSON</translation>
    </message>
    <message>
        <source>Set as variable</source>
        <translation>Definir como variável</translation>
    </message>
    <message>
        <source>Set as variable…</source>
        <translation>Definir como variável…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Table (CSV or Excel)…</source>
        <translation>Tabela (CSV ou Excel)…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árvore</translation>
    </message>
    <message>
        <source>Variable name in the current environment:</source>
        <translation>Nome da variável no ambiente atual:</translation>
    </message>
    <message>
        <source>an Excel sheet holds {rows} rows; export CSV instead</source>
        <translation>uma planilha do Excel comporta {rows} linhas; exporte CSV em vez disso</translation>
    </message>
    <message>
        <source>next {n}</source>
        <translation>próxima a partir de {n}</translation>
    </message>
    <message>
        <source>operating {o:.2f} s</source>
        <translation>tempo de operação {o:.2f} s</translation>
    </message>
    <message>
        <source>portal: duration {d:.3f} s</source>
        <translation>portal: duração {d:.3f} s</translation>
    </message>
    <message>
        <source>processing {p:.3f} s</source>
        <translation>processamento {p:.3f} s</translation>
    </message>
    <message>
        <source>retried {n}× ({codes})</source>
        <translation>repetido {n}× ({codes})</translation>
    </message>
    <message>
        <source>total {n}</source>
        <translation>total {n}</translation>
    </message>
    <message>
        <source>waited {s:.1f} s for the portal&apos;s rate limit</source>
        <translation>aguardou {s:.1f} s pelo limite de requisições do portal</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{path} was not saved: {reason}</source>
        <translation>{path} não foi salvo: {reason}</translation>
    </message>
</context>
<context>
    <name>SendChecks</name>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <source>Send this request?</source>
        <translation>Enviar esta requisição?</translation>
    </message>
    <message>
        <source>Some parameters look wrong:</source>
        <translation>Alguns parâmetros parecem errados:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Procurar:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Em qualquer lugar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Procurar ações e teclas</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Procurar atalhos</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets…</source>
        <translation>Procurar segredos vazados em uma pasta…</translation>
    </message>
</context>
<context>
    <name>UrlBar</name>
    <message>
        <source>Anyone with this URL can read and change your portal&apos;s data. Share it with nobody.</source>
        <translation>Qualquer pessoa com esta URL pode ler e alterar os dados do seu portal. Não a compartilhe com ninguém.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Copy URL with secret</source>
        <translation>Copiar URL com a chave</translation>
    </message>
    <message>
        <source>Copy the URL, the secret masked (the arrow: with the secret)</source>
        <translation>Copiar a URL com o segredo mascarado (a seta: com o segredo)</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Ocultar chave</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>Não carregado: {reason}</translation>
    </message>
    <message>
        <source>POST body: {body}</source>
        <translation>Corpo do POST: {body}</translation>
    </message>
    <message>
        <source>Paste a call URL here to load it</source>
        <translation>Cole aqui uma URL de chamada para carregá-la</translation>
    </message>
    <message>
        <source>Sent as GET; the parameters are in the URL.</source>
        <translation>Enviado como GET; os parâmetros estão na URL.</translation>
    </message>
    <message>
        <source>Sent as POST, without parameters.</source>
        <translation>Enviado como POST, sem parâmetros.</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar chave</translation>
    </message>
    <message>
        <source>Show the webhook secret in the URL</source>
        <translation>Mostrar a chave secreta do webhook na URL</translation>
    </message>
    <message>
        <source>The call URL, rebuilt on every edit. Paste a call URL here to load it.</source>
        <translation>A URL da chamada, refeita a cada edição. Cole aqui uma URL de chamada para carregá-la.</translation>
    </message>
</context>
<context>
    <name>WebhookPicker</name>
    <message>
        <source> [this session only]</source>
        <translation> [só nesta sessão]</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Adicionar webhook</translation>
    </message>
    <message>
        <source>Add webhook…</source>
        <translation>Adicionar webhook…</translation>
    </message>
    <message>
        <source>Connected as {user}; scopes: {scopes}</source>
        <translation>Conectado como {user}; permissões: {scopes}</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Duplicar webhook</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Chaveiro indisponível</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nome da cópia:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notas…</translation>
    </message>
    <message>
        <source>Paste the new webhook URL (or only the new secret) from Developer resources &gt; Integrations &gt; the webhook &gt; Edit:</source>
        <translation>Cole a nova URL do webhook (ou só a nova chave secreta) de Recursos para desenvolvedores &gt; Integrações &gt; o webhook &gt; Editar:</translation>
    </message>
    <message>
        <source>Paste the webhook URL from Developer resources &gt; Integrations:</source>
        <translation>Cole a URL do webhook de Recursos para desenvolvedores &gt; Integrações:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove this webhook, its secret from the keyring and its history?</source>
        <translation>Remover este webhook, sua chave secreta do chaveiro e seu histórico?</translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation>Remover webhook</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Renomear webhook</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Sandbox portal (local demo data)</source>
        <translation>Portal sandbox (dados de demonstração locais)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Test connection failed: {title} ({code}). {meaning} {action}</source>
        <translation>O teste de conexão falhou: {title} ({code}). {meaning} {action}</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Atualizar chave secreta</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Atualizar chave secreta…</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook notes</source>
        <translation>Notas do webhook</translation>
    </message>
    <message>
        <source>Webhook…</source>
        <translation>Webhook…</translation>
    </message>
    <message>
        <source>{problem}

Use this webhook for this session only? Nothing is written to disk; you will paste it again next time.</source>
        <translation>{problem}

Usar este webhook só nesta sessão? Nada é gravado no disco; você vai colá-lo de novo da próxima vez.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar a versão do programa e sair</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>The method catalogue cannot be read ({reason}): {path}</source>
        <translation>O catálogo de métodos não pode ser lido ({reason}): {path}</translation>
    </message>
    <message>
        <source>The method catalogue is missing: {path}</source>
        <translation>O catálogo de métodos não foi encontrado: {path}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(none reported)</source>
        <translation>(nenhuma informada)</translation>
    </message>
    <message>
        <source>(not recorded in the history: {reason})</source>
        <translation>(não registrado no histórico: {reason})</translation>
    </message>
    <message>
        <source>(secret unreadable)</source>
        <translation>(chave secreta ilegível)</translation>
    </message>
    <message>
        <source>(secret, not set on this machine)</source>
        <translation>(secreto, não definido nesta máquina)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obrigatório</translation>
    </message>
    <message>
        <source>--csv needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--csv precisa de um resultado de lista (linhas de campos); {method} retornou outra coisa.</translation>
    </message>
    <message>
        <source>--event-handler {arg!r} is not EVENT[,EVENT...]=URL (for example ONCRMLEADADD=http://127.0.0.1:9000/).</source>
        <translation>--event-handler {arg!r} não está no formato EVENTO[,EVENTO...]=URL (por exemplo ONCRMLEADADD=http://127.0.0.1:9000/).</translation>
    </message>
    <message>
        <source>--params-json is not valid JSON: {reason}.</source>
        <translation>--params-json não é um JSON válido: {reason}.</translation>
    </message>
    <message>
        <source>--params-json must be a JSON object, like {example}.</source>
        <translation>--params-json deve ser um objeto JSON, como {example}.</translation>
    </message>
    <message>
        <source>--timezone {value!r} is not a UTC offset such as +03:00 or -05:30.</source>
        <translation>--timezone {value!r} não é um deslocamento UTC como +03:00 ou -05:30.</translation>
    </message>
    <message>
        <source>--xlsx needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--xlsx precisa de um resultado de lista (linhas de campos); {method} retornou outra coisa.</translation>
    </message>
    <message>
        <source>A process stopped in the middle of {count} change(s) to saved webhooks (a secret in the keyring without its entry, or an entry without its secret). Run b24desk webhooks clean to finish them.</source>
        <translation>Um processo parou no meio de {count} alteração(ões) em webhooks salvos (um segredo no chaveiro sem a entrada, ou uma entrada sem o segredo). Execute b24desk webhooks clean para concluí-las.</translation>
    </message>
    <message>
        <source>Bitrix24 REST request builder. Without arguments, opens the desktop app.</source>
        <translation>Construtor de requisições REST do Bitrix24. Sem argumentos, abre o aplicativo.</translation>
    </message>
    <message>
        <source>Busiest methods:</source>
        <translation>Métodos mais chamados:</translation>
    </message>
    <message>
        <source>Call a method through a webhook; portal errors exit 1 with an explanation.</source>
        <translation>Chamar um método por um webhook; erros do portal saem com 1 e uma explicação.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>Não é possível escutar em {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Não é possível ler {path}: {reason}.</translation>
    </message>
    <message>
        <source>Checking events against the application token {masked}.</source>
        <translation>Verificando os eventos com o token do aplicativo {masked}.</translation>
    </message>
    <message>
        <source>Cleared the history of {name!r} ({count} requests).</source>
        <translation>Histórico de {name!r} limpo ({count} requisições).</translation>
    </message>
    <message>
        <source>Connection OK: {portal}, user {user_id} ({person}).</source>
        <translation>Conexão OK: {portal}, usuário {user_id} ({person}).</translation>
    </message>
    <message>
        <source>Control endpoints (/sandbox/faults, /sandbox/events) need the header X-B24desk-Token: {token}</source>
        <translation>Os endpoints de controle (/sandbox/faults, /sandbox/events) exigem o cabeçalho X-B24desk-Token: {token}</translation>
    </message>
    <message>
        <source>Did you mean: {names}?</source>
        <translation>Você quis dizer: {names}?</translation>
    </message>
    <message>
        <source>Events print here as JSON lines. A cloud portal cannot reach this computer behind NAT: give it a public HTTPS URL (a tunnel you run) that forwards here. Press Ctrl+C to stop.</source>
        <translation>Os eventos aparecem aqui como linhas JSON. Um portal na nuvem não consegue alcançar este computador atrás de NAT: informe a ele uma URL HTTPS pública (um túnel que você executa) que encaminhe para cá. Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>Find Bitrix24 webhook URLs with their secret and outgoing-webhook application tokens in files and folders (plain, URL-encoded, JSON-escaped, base64). Exit status 1 when one is found.</source>
        <translation>Encontrar URLs de webhooks do Bitrix24 com o segredo e tokens de aplicação de webhooks de saída em arquivos e pastas (texto puro, codificados em URL, com escape JSON, base64). Status de saída 1 quando algo é encontrado.</translation>
    </message>
    <message>
        <source>Finished {count} half-done change(s): no orphan secret or entry is left.</source>
        <translation>{count} alteração(ões) pela metade concluída(s): não resta segredo órfão nem entrada sem segredo.</translation>
    </message>
    <message>
        <source>HTTPS with the sandbox&apos;s own CA: {path} (trust it with --ca-file {path}, or in your SDK or tool).</source>
        <translation>HTTPS com a autoridade certificadora própria do sandbox: {path} (confie nela com --ca-file {path} ou no seu SDK ou ferramenta).</translation>
    </message>
    <message>
        <source>Handler URL: {url}</source>
        <translation>URL do manipulador: {url}</translation>
    </message>
    <message>
        <source>JSON lines file of events (&apos;-&apos; for stdin)</source>
        <translation>arquivo de eventos em JSON Lines (&apos;-&apos; para a entrada padrão)</translation>
    </message>
    <message>
        <source>No --token: the events carry their saved, masked token; a handler that checks it answers 401.</source>
        <translation>Sem --token: os eventos levam o token salvo, mascarado; um manipulador que o verifica responde 401.</translation>
    </message>
    <message>
        <source>No application token (--token or {env}): events are shown as unchecked, none is rejected.</source>
        <translation>Sem token do aplicativo (--token ou {env}): os eventos aparecem como não verificados e nenhum é rejeitado.</translation>
    </message>
    <message>
        <source>No environments in {root} (b24desk env set ENV NAME VALUE makes one).</source>
        <translation>Nenhum ambiente em {root} (b24desk env set ENV NAME VALUE cria um).</translation>
    </message>
    <message>
        <source>No method has the scope {scope!r}. Scopes: {scopes}.</source>
        <translation>Nenhum método tem a permissão {scope!r}. Permissões: {scopes}.</translation>
    </message>
    <message>
        <source>No method matches {query!r}.</source>
        <translation>Nenhum método corresponde a {query!r}.</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>Sem parâmetros.</translation>
    </message>
    <message>
        <source>No recorded request has the id {id}.</source>
        <translation>Nenhuma requisição registrada tem o id {id}.</translation>
    </message>
    <message>
        <source>No recorded request matches.</source>
        <translation>Nenhuma requisição registrada corresponde.</translation>
    </message>
    <message>
        <source>No request files (*.b24.json) in {paths}.</source>
        <translation>Nenhum arquivo de requisição (*.b24.json) em {paths}.</translation>
    </message>
    <message>
        <source>No requests recorded for {name!r}.</source>
        <translation>Nenhuma requisição registrada para {name!r}.</translation>
    </message>
    <message>
        <source>No saved webhooks yet: add one with b24desk webhooks add NAME URL.</source>
        <translation>Ainda não há webhooks salvos: adicione um com b24desk webhooks add NAME URL.</translation>
    </message>
    <message>
        <source>No webhook given: pass --webhook URL (or the name of a saved webhook) or set the B24_WEBHOOK environment variable.</source>
        <translation>Nenhum webhook informado: passe --webhook URL (ou o nome de um webhook salvo) ou defina a variável de ambiente B24_WEBHOOK.</translation>
    </message>
    <message>
        <source>Not sent: some parameters look wrong (--no-check sends anyway):</source>
        <translation>Não enviado: alguns parâmetros parecem errados (--no-check envia mesmo assim):</translation>
    </message>
    <message>
        <source>POST each event saved by `b24desk listen` (or the Events tab) to URL, as the portal would.</source>
        <translation>Envia cada evento salvo por `b24desk listen` (ou pela aba Eventos) para a URL, como o portal faria.</translation>
    </message>
    <message>
        <source>POST these events to URL, e.g. ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (repeatable)</source>
        <translation>enviar estes eventos por POST para URL, por exemplo ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (repetível)</translation>
    </message>
    <message>
        <source>Parameter {arg!r} is not KEY=VALUE (for example fields[TITLE]=Acme).</source>
        <translation>O parâmetro {arg!r} não está no formato CHAVE=VALOR (por exemplo fields[TITLE]=Acme).</translation>
    </message>
    <message>
        <source>Parameters not in the catalogue: see the documentation page.</source>
        <translation>Parâmetros fora do catálogo: consulte a página da documentação.</translation>
    </message>
    <message>
        <source>Print a method&apos;s scope, flags, documentation link and parameters.</source>
        <translation>Mostrar a permissão, as marcas, o link da documentação e os parâmetros de um método.</translation>
    </message>
    <message>
        <source>Print an outgoing-webhook handler script; it reads the token from ${env}.</source>
        <translation>Imprime um script manipulador de webhook de saída; ele lê o token de ${env}.</translation>
    </message>
    <message>
        <source>Print code that makes this call. By default it reads the webhook URL from B24_WEBHOOK_URL.</source>
        <translation>Mostrar código que faz esta chamada. Por padrão ele lê a URL do webhook de B24_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Print the portal, user id, secret (masked), method and parameters of a URL.</source>
        <translation>Mostrar o portal, o ID do usuário, a chave secreta (mascarada), o método e os parâmetros de uma URL.</translation>
    </message>
    <message>
        <source>Print the webhook call URL exactly as sent (secret masked unless --reveal).</source>
        <translation>Mostrar a URL de chamada do webhook exatamente como enviada (chave mascarada, a menos que --reveal).</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.add</source>
        <translation>método REST, por exemplo crm.lead.add</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.list</source>
        <translation>método REST, por exemplo crm.lead.list</translation>
    </message>
    <message>
        <source>Receive Bitrix24 outgoing-webhook events (POSTs) and print each as a JSON line.</source>
        <translation>Recebe eventos de webhooks de saída do Bitrix24 (POSTs) e imprime cada um como uma linha JSON.</translation>
    </message>
    <message>
        <source>Removed webhook {name!r}, its secret and its history.</source>
        <translation>Webhook {name!r} removido, com sua chave secreta e seu histórico.</translation>
    </message>
    <message>
        <source>Renamed webhook {old!r} to {new!r}.</source>
        <translation>Webhook {old!r} renomeado para {new!r}.</translation>
    </message>
    <message>
        <source>Run the sandbox portal; its first line of output is the demo webhook URL.</source>
        <translation>Executar o portal sandbox; a primeira linha da saída é a URL do webhook de demonstração.</translation>
    </message>
    <message>
        <source>Runs each request file, and every request file (*.b24.json) under each folder in the tree&apos;s order; prints one line per request: HTTP status, method, time, error code, file.</source>
        <translation>Executa cada arquivo de requisição e todos os arquivos de requisição (*.b24.json) de cada pasta na ordem da árvore; imprime uma linha por requisição: status HTTP, método, tempo, código de erro, arquivo.</translation>
    </message>
    <message>
        <source>Sandbox portal on {url} with {leads} leads; statistics at {stats}. Press Ctrl+C to stop.</source>
        <translation>Portal sandbox em {url} com {leads} leads; estatísticas em {stats}. Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>Save webhooks by name; secrets live only in the OS keyring (service b24desk).</source>
        <translation>Salve webhooks por nome; as chaves secretas ficam apenas no chaveiro do sistema (serviço b24desk).</translation>
    </message>
    <message>
        <source>Saved webhook {name!r}: {url} (secret in {backend}).</source>
        <translation>Webhook {name!r} salvo: {url} (chave secreta em {backend}).</translation>
    </message>
    <message>
        <source>Scopes: {scopes}</source>
        <translation>Permissões: {scopes}</translation>
    </message>
    <message>
        <source>Search the bundled method catalogue by name words, scope and parameter names.</source>
        <translation>Buscar no catálogo de métodos embutido por palavras do nome, permissão e nomes de parâmetros.</translation>
    </message>
    <message>
        <source>Test connection of {name!r} ({portal}) failed:</source>
        <translation>O teste de conexão de {name!r} ({portal}) falhou:</translation>
    </message>
    <message>
        <source>The answer ({size} bytes) was larger than the history keeps; it was not kept.</source>
        <translation>A resposta ({size} bytes) era maior do que o histórico guarda; não foi guardada.</translation>
    </message>
    <message>
        <source>The answer nests too deep to print as indented JSON; use --raw.</source>
        <translation>A resposta é aninhada demais para imprimir como JSON indentado; use --raw.</translation>
    </message>
    <message>
        <source>The catalogue has no method {name!r}.</source>
        <translation>O catálogo não tem o método {name!r}.</translation>
    </message>
    <message>
        <source>The command holds the webhook {webhook} (not written to any file). To keep it: b24desk webhooks add NAME - (then paste the URL).</source>
        <translation>O comando contém o webhook {webhook} (não gravado em nenhum arquivo). Para guardá-lo: b24desk webhooks add NOME - (depois cole a URL).</translation>
    </message>
    <message>
        <source>The data file {path} cannot be used: {reason}.</source>
        <translation>O arquivo de dados {path} não pode ser usado: {reason}.</translation>
    </message>
    <message>
        <source>The environment {environment} has no variable {name}.</source>
        <translation>O ambiente {environment} não tem a variável {name}.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on {host}:{port}: {reason}.</source>
        <translation>O sandbox não pode escutar em {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>The webhook is saved as {name!r}: the request refers to it by that name.</source>
        <translation>O webhook está salvo como {name!r}: a requisição se refere a ele por esse nome.</translation>
    </message>
    <message>
        <source>Then store the new secret here: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>Depois salve aqui a nova chave secreta: b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>Total: {requests} requests, {errors} errors, {total:.0f} ms, {avg:.0f} ms avg</source>
        <translation>Total: {requests} requisições, {errors} erros, {total:.0f} ms, {avg:.0f} ms em média</translation>
    </message>
    <message>
        <source>Try &apos;{prog} --help&apos;.</source>
        <translation>Tente &apos;{prog} --help&apos;.</translation>
    </message>
    <message>
        <source>Variables the collection uses (set them in an environment): {names}</source>
        <translation>Variáveis que a coleção usa (defina-as em um ambiente): {names}</translation>
    </message>
    <message>
        <source>Warning: listening on {host}, not only on this computer: anyone on the network can post events to it. Keep the token check on (--token or {env}).</source>
        <translation>Aviso: escutando em {host}, não só neste computador: qualquer pessoa na rede pode enviar eventos para ele. Mantenha a verificação do token ativada (--token ou {env}).</translation>
    </message>
    <message>
        <source>Warning: the sandbox listens on {host}, not only on this computer; anyone who can reach it can call it.</source>
        <translation>Aviso: o sandbox escuta em {host}, não só neste computador; qualquer pessoa que o alcance pode chamá-lo.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Gravado {path}</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 (on stdout)</source>
        <translation>uma coleção Postman v2.1 (na saída padrão)</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 file</source>
        <translation>um arquivo de coleção Postman v2.1</translation>
    </message>
    <message>
        <source>a cURL command or call URL (- reads it from stdin)</source>
        <translation>um comando cURL ou URL de chamada (- lê da entrada padrão)</translation>
    </message>
    <message>
        <source>a collection&apos;s environments (variables for {{name}})</source>
        <translation>os ambientes de uma coleção (variáveis para {{name}})</translation>
    </message>
    <message>
        <source>a request file or a collection folder</source>
        <translation>um arquivo de requisição ou uma pasta de coleção</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s name, &apos;sandbox&apos;, or a webhook URL</source>
        <translation>o nome de um webhook salvo, &apos;sandbox&apos; ou uma URL de webhook</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s request history (newest first)</source>
        <translation>histórico de requisições de um webhook salvo (mais recentes primeiro)</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s statistics over the last 14 days</source>
        <translation>estatísticas de um webhook salvo nos últimos 14 dias</translation>
    </message>
    <message>
        <source>a webhook base URL, a full call URL, or a saved webhook&apos;s name</source>
        <translation>uma URL base de webhook, uma URL de chamada completa ou o nome de um webhook salvo</translation>
    </message>
    <message>
        <source>address to bind (default: 127.0.0.1)</source>
        <translation>endereço de escuta (padrão: 127.0.0.1)</translation>
    </message>
    <message>
        <source>address to bind (default: {host})</source>
        <translation>endereço de escuta (padrão: {host})</translation>
    </message>
    <message>
        <source>also accept this Host name (a tunnel&apos;s); loopback names and the bound address always</source>
        <translation>aceitar também este nome de Host (o de um túnel); nomes de loopback e o endereço vinculado sempre</translation>
    </message>
    <message>
        <source>also scan the git history of each PATH</source>
        <translation>verificar também o histórico do git de cada PATH</translation>
    </message>
    <message>
        <source>answer plain-HTTP calls 400 INVALID_REQUEST &quot;Https required&quot;, as a cloud portal does</source>
        <translation>responder chamadas por HTTP simples com 400 INVALID_REQUEST &quot;Https required&quot;, como um portal na nuvem</translation>
    </message>
    <message>
        <source>application token sent with events (default: random)</source>
        <translation>token de aplicativo enviado com os eventos (padrão: aleatório)</translation>
    </message>
    <message>
        <source>application token to put in each event (default: ${env})</source>
        <translation>token de aplicativo a colocar em cada evento (padrão: ${env})</translation>
    </message>
    <message>
        <source>at most this many (0: all; default 50)</source>
        <translation>no máximo esta quantidade (0: todos; padrão 50)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponível</translation>
    </message>
    <message>
        <source>b24desk: unexpected error ({kind}): {error}</source>
        <translation>b24desk: erro inesperado ({kind}): {error}</translation>
    </message>
    <message>
        <source>burst the plan allows</source>
        <translation>rajada que o plano permite</translation>
    </message>
    <message>
        <source>bytes a body may have (default: {size})</source>
        <translation>bytes que um corpo pode ter (padrão: {size})</translation>
    </message>
    <message>
        <source>call a REST method and print the result as JSON</source>
        <translation>chamar um método REST e mostrar o resultado em JSON</translation>
    </message>
    <message>
        <source>call profile and scope; store the scopes the portal reports</source>
        <translation>chama profile e scope; guarda as permissões que o portal informar</translation>
    </message>
    <message>
        <source>delete a saved webhook, its keyring secret and its history</source>
        <translation>exclui um webhook salvo, sua chave secreta no chaveiro e seu histórico</translation>
    </message>
    <message>
        <source>delete the whole history of this webhook</source>
        <translation>exclui todo o histórico deste webhook</translation>
    </message>
    <message>
        <source>demo webhook scopes (default: {scopes})</source>
        <translation>permissões do webhook de demonstração (padrão: {scopes})</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>e.g. fields[TITLE]=Acme</source>
        <translation>por exemplo fields[TITLE]=Acme</translation>
    </message>
    <message>
        <source>e.g. filter[&gt;ID]=10</source>
        <translation>por exemplo filter[&gt;ID]=10</translation>
    </message>
    <message>
        <source>environments and their variables (secrets masked)</source>
        <translation>ambientes e suas variáveis (segredos mascarados)</translation>
    </message>
    <message>
        <source>every row of a list method (as few requests as possible)</source>
        <translation>todas as linhas de um método de lista (com o mínimo de requisições)</translation>
    </message>
    <message>
        <source>files or folders to scan</source>
        <translation>arquivos ou pastas a verificar</translation>
    </message>
    <message>
        <source>find Bitrix24 webhook secrets and application tokens in files</source>
        <translation>encontrar segredos de webhooks do Bitrix24 e tokens de aplicação em arquivos</translation>
    </message>
    <message>
        <source>finish changes a killed process left half done (keyring and settings)</source>
        <translation>concluir alterações que um processo encerrado deixou pela metade (chaveiro e configurações)</translation>
    </message>
    <message>
        <source>free text kept with the entry</source>
        <translation>texto livre guardado com a entrada</translation>
    </message>
    <message>
        <source>how many leads to seed (default: {seed})</source>
        <translation>quantos leads criar (padrão: {seed})</translation>
    </message>
    <message>
        <source>how many requests to show (default 50)</source>
        <translation>quantas requisições mostrar (padrão 50)</translation>
    </message>
    <message>
        <source>keep the data in this SQLite file</source>
        <translation>guardar os dados neste arquivo SQLite</translation>
    </message>
    <message>
        <source>keep the value in the system keyring, not the folder</source>
        <translation>guardar o valor no chaveiro do sistema, não na pasta</translation>
    </message>
    <message>
        <source>language (default php)</source>
        <translation>linguagem (padrão php)</translation>
    </message>
    <message>
        <source>largest answer to read, decoded, in MiB (default 64)</source>
        <translation>maior resposta a ler, decodificada, em MiB (padrão 64)</translation>
    </message>
    <message>
        <source>leave out files or folders matching GLOB (repeatable)</source>
        <translation>ignorar arquivos ou pastas que correspondam a GLOB (repetível)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>list REST methods matching a query (offline catalogue)</source>
        <translation>listar métodos REST que correspondem a uma busca (catálogo offline)</translation>
    </message>
    <message>
        <source>list saved webhooks (secrets masked)</source>
        <translation>lista os webhooks salvos (chaves secretas mascaradas)</translation>
    </message>
    <message>
        <source>loop over every page of a list method</source>
        <translation>percorrer todas as páginas de um método de lista</translation>
    </message>
    <message>
        <source>mark what this webhook (URL or saved name) may call</source>
        <translation>marcar o que este webhook (URL ou nome salvo) pode chamar</translation>
    </message>
    <message>
        <source>nested too deep</source>
        <translation>aninhado demais</translation>
    </message>
    <message>
        <source>no webhook: the request names none; pass --webhook NAME_OR_URL or set B24_WEBHOOK</source>
        <translation>sem webhook: a requisição não indica nenhum; passe --webhook NOME_OU_URL ou defina B24_WEBHOOK</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <source>not served by this portal</source>
        <translation>não atendido por este portal</translation>
    </message>
    <message>
        <source>only calls that failed</source>
        <translation>só chamadas que falharam</translation>
    </message>
    <message>
        <source>only calls that succeeded</source>
        <translation>só chamadas bem-sucedidas</translation>
    </message>
    <message>
        <source>only methods of this scope, e.g. crm</source>
        <translation>só métodos desta permissão, por exemplo crm</translation>
    </message>
    <message>
        <source>or - to read it from standard input (keeps the secret out of the shell history)</source>
        <translation>ou - para lê-la da entrada padrão (a chave secreta fica fora do histórico do shell)</translation>
    </message>
    <message>
        <source>parameters as a JSON object</source>
        <translation>parâmetros como objeto JSON</translation>
    </message>
    <message>
        <source>part of the method name</source>
        <translation>parte do nome do método</translation>
    </message>
    <message>
        <source>php or python</source>
        <translation>php ou python</translation>
    </message>
    <message>
        <source>port (default: a free one)</source>
        <translation>porta (padrão: uma livre)</translation>
    </message>
    <message>
        <source>port (default: {port}; 0: a free one)</source>
        <translation>porta (padrão: {port}; 0: uma livre)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprime JSON</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>mostrar JSON em vez de linhas</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>mostrar JSON em vez de texto</translation>
    </message>
    <message>
        <source>print a PHP or Python event handler that verifies the token and decodes the event</source>
        <translation>imprime um manipulador de eventos em PHP ou Python que verifica o token e decodifica o evento</translation>
    </message>
    <message>
        <source>print a list result as CSV; &apos;excel&apos;: with a byte order mark and the locale&apos;s separator (;)</source>
        <translation>imprimir um resultado de lista como CSV; &apos;excel&apos;: com marca de ordem de bytes e o separador da localidade (;)</translation>
    </message>
    <message>
        <source>print a method&apos;s parameters (offline catalogue)</source>
        <translation>mostrar os parâmetros de um método (catálogo offline)</translation>
    </message>
    <message>
        <source>print one call&apos;s request file and kept answer</source>
        <translation>imprimir o arquivo de requisição e a resposta guardada de uma chamada</translation>
    </message>
    <message>
        <source>print the call URL for a method and parameters</source>
        <translation>mostrar a URL de chamada para um método e parâmetros</translation>
    </message>
    <message>
        <source>print the call as PHP, Python, JavaScript, Go or cURL code</source>
        <translation>mostrar a chamada como código PHP, Python, JavaScript, Go ou cURL</translation>
    </message>
    <message>
        <source>print the findings as JSON</source>
        <translation>imprimir os achados como JSON</translation>
    </message>
    <message>
        <source>print the whole answer, not only `result`</source>
        <translation>mostrar a resposta inteira, não só `result`</translation>
    </message>
    <message>
        <source>receive outgoing-webhook events and print them as JSON lines</source>
        <translation>recebe eventos de webhooks de saída e os imprime como linhas JSON</translation>
    </message>
    <message>
        <source>remove a variable (and its keyring entry)</source>
        <translation>remover uma variável (e sua entrada no chaveiro)</translation>
    </message>
    <message>
        <source>rename a saved webhook (history is kept)</source>
        <translation>renomeia um webhook salvo (o histórico é mantido)</translation>
    </message>
    <message>
        <source>requests a second per sender address (default: {rate:g})</source>
        <translation>requisições por segundo por endereço de origem (padrão: {rate:g})</translation>
    </message>
    <message>
        <source>requests before QUERY_LIMIT_EXCEEDED (default: 50)</source>
        <translation>requisições antes de QUERY_LIMIT_EXCEEDED (padrão: 50)</translation>
    </message>
    <message>
        <source>requests per second drained (default: 2)</source>
        <translation>requisições por segundo liberadas (padrão: 2)</translation>
    </message>
    <message>
        <source>requests per second the plan allows</source>
        <translation>requisições por segundo que o plano permite</translation>
    </message>
    <message>
        <source>retried {count} time(s) after {codes}</source>
        <translation>repetido {count} vez(es) após {codes}</translation>
    </message>
    <message>
        <source>run a local Bitrix24-compatible portal (for the demo and tests)</source>
        <translation>executar um portal local compatível com o Bitrix24 (para demonstração e testes)</translation>
    </message>
    <message>
        <source>run request files or collection folders in order (exit 1 if any failed)</source>
        <translation>executar arquivos de requisição ou pastas de coleção em ordem (saída 1 se algum falhar)</translation>
    </message>
    <message>
        <source>save a webhook under a name</source>
        <translation>salva um webhook com um nome</translation>
    </message>
    <message>
        <source>saved webhooks (secrets in the OS keyring)</source>
        <translation>webhooks salvos (chaves secretas no chaveiro do sistema)</translation>
    </message>
    <message>
        <source>scope: {scopes}</source>
        <translation>permissão: {scopes}</translation>
    </message>
    <message>
        <source>search the history of every call (saved, pasted and sandbox webhooks)</source>
        <translation>pesquisar o histórico de todas as chamadas (webhooks salvos, colados e do sandbox)</translation>
    </message>
    <message>
        <source>seconds each call may take in all, and the read timeout (default 60)</source>
        <translation>segundos que cada chamada pode levar no total, e o tempo limite de leitura (padrão 60)</translation>
    </message>
    <message>
        <source>seconds per call (default 15)</source>
        <translation>segundos por chamada (padrão 15)</translation>
    </message>
    <message>
        <source>seconds per method per 10 minutes</source>
        <translation>segundos por método a cada 10 minutos</translation>
    </message>
    <message>
        <source>send as GET with the query in the URL</source>
        <translation>enviar como GET com a consulta na URL</translation>
    </message>
    <message>
        <source>send even when required parameters are empty or values do not fit their types</source>
        <translation>enviar mesmo quando parâmetros obrigatórios estão vazios ou valores não combinam com seus tipos</translation>
    </message>
    <message>
        <source>send saved events (JSON lines from `listen`) to a handler URL</source>
        <translation>envia eventos salvos (linhas JSON do `listen`) para a URL de um manipulador</translation>
    </message>
    <message>
        <source>serve HTTPS with a local CA made on first use (its path is printed)</source>
        <translation>servir HTTPS com uma autoridade certificadora local criada no primeiro uso (o caminho dela é exibido)</translation>
    </message>
    <message>
        <source>set a variable (- reads the value from stdin)</source>
        <translation>definir uma variável (- lê o valor da entrada padrão)</translation>
    </message>
    <message>
        <source>show or change a saved webhook&apos;s notes</source>
        <translation>mostra ou altera as notas de um webhook salvo</translation>
    </message>
    <message>
        <source>show the secret in full</source>
        <translation>mostrar a chave secreta inteira</translation>
    </message>
    <message>
        <source>simulated seconds each call costs (default: measured)</source>
        <translation>segundos simulados que cada chamada custa (padrão: medido)</translation>
    </message>
    <message>
        <source>skip files larger than this (default 20 MB)</source>
        <translation>ignorar arquivos maiores que isso (padrão 20 MB)</translation>
    </message>
    <message>
        <source>take a webhook URL apart (JSON)</source>
        <translation>decompor uma URL de webhook (JSON)</translation>
    </message>
    <message>
        <source>text in the parameters</source>
        <translation>texto nos parâmetros</translation>
    </message>
    <message>
        <source>the collection folder</source>
        <translation>a pasta da coleção</translation>
    </message>
    <message>
        <source>the collection folder (default: the one holding the current folder)</source>
        <translation>a pasta da coleção (padrão: a que contém a pasta atual)</translation>
    </message>
    <message>
        <source>the collection&apos;s name (default: the folder&apos;s)</source>
        <translation>o nome da coleção (padrão: o da pasta)</translation>
    </message>
    <message>
        <source>the command, quoted as one argument, or -</source>
        <translation>o comando, entre aspas como um argumento, ou -</translation>
    </message>
    <message>
        <source>the demo webhook secret (default: random for each run)</source>
        <translation>a chave secreta do webhook de demonstração (padrão: aleatória a cada execução)</translation>
    </message>
    <message>
        <source>the environment whose variables to use</source>
        <translation>o ambiente cujas variáveis usar</translation>
    </message>
    <message>
        <source>the handler to send them to</source>
        <translation>o manipulador para onde enviá-los</translation>
    </message>
    <message>
        <source>the new notes (without it: print them)</source>
        <translation>as novas notas (sem elas: imprime as atuais)</translation>
    </message>
    <message>
        <source>the new webhook URL or secret, {stdin}</source>
        <translation>a nova URL do webhook ou a nova chave secreta, {stdin}</translation>
    </message>
    <message>
        <source>the outgoing webhook&apos;s application token (default: ${env})</source>
        <translation>o token de aplicativo do webhook de saída (padrão: ${env})</translation>
    </message>
    <message>
        <source>the portal&apos;s UTC offset in every date it answers (default: {offset})</source>
        <translation>deslocamento UTC do portal em todas as datas das respostas (padrão: {offset})</translation>
    </message>
    <message>
        <source>the request&apos;s name (default: the method)</source>
        <translation>o nome da requisição (padrão: o método)</translation>
    </message>
    <message>
        <source>this HTTP status</source>
        <translation>este status HTTP</translation>
    </message>
    <message>
        <source>this error code</source>
        <translation>este código de erro</translation>
    </message>
    <message>
        <source>trust this CA (on-premise portal)</source>
        <translation>confiar nesta CA (portal on-premise)</translation>
    </message>
    <message>
        <source>turn a cURL command or a Postman collection into request files</source>
        <translation>transformar um comando cURL ou uma coleção Postman em arquivos de requisição</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos não reconhecidos: {arguments}</translation>
    </message>
    <message>
        <source>update the secret after the portal regenerated it</source>
        <translation>atualiza a chave secreta depois que o portal a regenerou</translation>
    </message>
    <message>
        <source>waited {seconds:.1f} s for the portal&apos;s rate limit</source>
        <translation>aguardou {seconds:.1f} s pelo limite de requisições do portal</translation>
    </message>
    <message>
        <source>warning: the snippet holds the webhook secret; Bitrix24 blocks a webhook whose secret is found in public.</source>
        <translation>aviso: o trecho de código contém a chave secreta do webhook; o Bitrix24 bloqueia um webhook cuja chave for encontrada em público.</translation>
    </message>
    <message>
        <source>webhook URL (default: $B24_WEBHOOK)</source>
        <translation>URL do webhook (padrão: $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL in any form `parse` reads, {stdin}</source>
        <translation>URL do webhook em qualquer forma que `parse` lê, {stdin}</translation>
    </message>
    <message>
        <source>webhook URL or saved webhook name (default: $B24_WEBHOOK)</source>
        <translation>URL do webhook ou nome de um webhook salvo (padrão: $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL, only needed with --embed-secret (default: $B24_WEBHOOK)</source>
        <translation>URL do webhook, só necessária com --embed-secret (padrão: $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>words of the name or a parameter: lead add, crm.deal., TITLE</source>
        <translation>palavras do nome ou um parâmetro: lead add, crm.deal., TITLE</translation>
    </message>
    <message>
        <source>write a collection folder in another format</source>
        <translation>gravar uma pasta de coleção em outro formato</translation>
    </message>
    <message>
        <source>write a list result to an Excel workbook FILE (numbers as numbers)</source>
        <translation>gravar um resultado de lista na pasta de trabalho do Excel FILE (números como números)</translation>
    </message>
    <message>
        <source>write a request file into this folder</source>
        <translation>gravar um arquivo de requisição nesta pasta</translation>
    </message>
    <message>
        <source>write the real webhook URL into the code</source>
        <translation>escrever a URL real do webhook no código</translation>
    </message>
    <message>
        <source>{count} requests, {failed} failed, {ms:.0f} ms</source>
        <translation>{count} requisições, {failed} falharam, {ms:.0f} ms</translation>
    </message>
    <message>
        <source>{fetched} of {total} rows, {requests} requests</source>
        <translation>{fetched} de {total} linhas, {requests} requisições</translation>
    </message>
    <message>
        <source>{flag} must be a positive number.</source>
        <translation>{flag} deve ser um número positivo.</translation>
    </message>
    <message>
        <source>{not_saved} (b24desk webhooks list shows them.) Nor is it a webhook URL: {not_url}</source>
        <translation>{not_saved} (b24desk webhooks list os mostra.) Também não é uma URL de webhook: {not_url}</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} não pôde ser lido: {reason}</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} não foi gravado: {reason}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not a saved event ({reason}).</source>
        <translation>{path}: a linha {line} não é um evento salvo ({reason}).</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <source>{rows} rows written to {path}</source>
        <translation>{rows} linhas gravadas em {path}</translation>
    </message>
    <message>
        <source>{url} is not an http:// or https:// URL.</source>
        <translation>{url} não é uma URL http:// ou https://.</translation>
    </message>
    <message>
        <source>{value!r} is not a number above 0</source>
        <translation>{value!r} não é um número acima de 0</translation>
    </message>
    <message>
        <source>{value!r} is not a port (0 to 65535; 0: a free one)</source>
        <translation>{value!r} não é uma porta (0 a 65535; 0: uma livre)</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number above 0</source>
        <translation>{value!r} não é um número inteiro acima de 0</translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>HTTP {status} {reason}</source>
        <translation>HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be used ({detail}); give a PEM file with the portal&apos;s CA certificate.</source>
        <translation>O arquivo de CA {path} não pode ser usado ({detail}); informe um arquivo PEM com o certificado da CA do portal.</translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON (HTTP {status})</source>
        <translation>veio uma página HTML em vez de JSON (HTTP {status})</translation>
    </message>
    <message>
        <source>the JSON has neither &apos;result&apos; nor &apos;error&apos;</source>
        <translation>o JSON não tem nem &apos;result&apos; nem &apos;error&apos;</translation>
    </message>
    <message>
        <source>the JSON holds a number too large to read exactly (over 4,300 digits, or past 1.8e308)</source>
        <translation>o JSON contém um número grande demais para ler com exatidão (mais de 4.300 dígitos, ou além de 1.8e308)</translation>
    </message>
    <message>
        <source>the JSON is cut off or malformed at character {pos}</source>
        <translation>o JSON está cortado ou malformado no caractere {pos}</translation>
    </message>
    <message>
        <source>the JSON nests deeper than {depth} levels; b24desk does not read it</source>
        <translation>o JSON tem mais de {depth} níveis de aninhamento; o b24desk não o lê</translation>
    </message>
    <message>
        <source>the answer is empty (HTTP {status})</source>
        <translation>a resposta está vazia (HTTP {status})</translation>
    </message>
    <message>
        <source>the answer is larger than {limit} MiB; b24desk stopped reading it (the limit is a client option)</source>
        <translation>a resposta é maior que {limit} MiB; o b24desk parou de lê-la (o limite é uma opção do cliente)</translation>
    </message>
    <message>
        <source>the compressed answer is damaged ({detail})</source>
        <translation>a resposta compactada está danificada ({detail})</translation>
    </message>
    <message>
        <source>the compressed answer unpacks to more than {limit} MiB; b24desk stopped unpacking it (a decompression bomb, or an answer past the limit set in the client options)</source>
        <translation>a resposta compactada se expande para mais de {limit} MiB; o b24desk parou de descompactá-la (uma bomba de descompressão, ou uma resposta acima do limite definido nas opções do cliente)</translation>
    </message>
    <message>
        <source>the portal moved to {location} (HTTP {status})</source>
        <translation>o portal mudou para {location} (HTTP {status})</translation>
    </message>
    <message>
        <source>the portal&apos;s TLS certificate was not accepted ({detail}); for an on-premise portal with its own certificate authority, give b24desk that CA file</source>
        <translation>o certificado TLS do portal não foi aceito ({detail}); para um portal on-premise com autoridade certificadora própria, informe ao b24desk esse arquivo de CA</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{seconds:g} s</source>
        <translation>{seconds:g} s</translation>
    </message>
    <message>
        <source>{seconds:g} s (the deadline for the whole call)</source>
        <translation>{seconds:g} s (o prazo da chamada inteira)</translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <source>&apos;{name}&apos; cannot be a name here: use letters, digits, spaces, dots, - and _ (no / or \).</source>
        <translation>&apos;{name}&apos; não pode ser um nome aqui: use letras, dígitos, espaços, pontos, - e _ (sem / ou \).</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself.</source>
        <translation>Uma pasta não pode ser movida para dentro de si mesma.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} já existe; escolha outro nome.</translation>
    </message>
    <message>
        <source>{path} does not exist (renamed or deleted outside b24desk?).</source>
        <translation>{path} não existe (renomeado ou excluído fora do b24desk?).</translation>
    </message>
    <message>
        <source>{path} is not inside the collection {root}.</source>
        <translation>{path} não está dentro da coleção {root}.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>curl_import</name>
    <message>
        <source>No curl command found: paste a command that starts with curl.</source>
        <translation>Nenhum comando curl encontrado: cole um comando que comece com curl.</translation>
    </message>
    <message>
        <source>The JSON body is not a JSON object: {reason}</source>
        <translation>O corpo JSON não é um objeto JSON: {reason}</translation>
    </message>
    <message>
        <source>The URL {url} names no REST method (it should end in /METHOD.json, e.g. /crm.lead.list.json).</source>
        <translation>A URL {url} não indica um método REST (deve terminar em /METHOD.json, p. ex. /crm.lead.list.json).</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>O comando curl não tem URL.</translation>
    </message>
    <message>
        <source>The curl option {option} is not one b24desk reads; remove it and paste again.</source>
        <translation>A opção do curl {option} não é lida pelo b24desk; remova-a e cole de novo.</translation>
    </message>
    <message>
        <source>The curl option {option} needs a value.</source>
        <translation>A opção do curl {option} precisa de um valor.</translation>
    </message>
    <message>
        <source>{option} {value}: b24desk does not read files named in a command; paste the values instead.</source>
        <translation>{option} {value}: o b24desk não lê arquivos citados num comando; cole os valores.</translation>
    </message>
</context>
<context>
    <name>environment</name>
    <message>
        <source>&apos;{name}&apos; cannot be a variable name: start with a letter or _, then letters, digits, _ . -</source>
        <translation>&apos;{name}&apos; não pode ser nome de variável: comece com uma letra ou _, depois letras, dígitos, _ . -</translation>
    </message>
    <message>
        <source>There is no environment {name!r} in {root} (environments: {known}).</source>
        <translation>Não há ambiente {name!r} em {root} (ambientes: {known}).</translation>
    </message>
    <message>
        <source>{name} holds a webhook URL, whose secret must not be written in the folder: mark {name} as secret.</source>
        <translation>{name} contém uma URL de webhook, cujo segredo não pode ser gravado na pasta: marque {name} como secreta.</translation>
    </message>
    <message>
        <source>{path} is not a b24desk environment: {reason}</source>
        <translation>{path} não é um ambiente do b24desk: {reason}</translation>
    </message>
</context>
<context>
    <name>explanations</name>
    <message>
        <source>A batch may hold at most 50 commands.</source>
        <translation>Um batch pode ter no máximo 50 comandos.</translation>
    </message>
    <message>
        <source>A parameter is missing or wrong</source>
        <translation>Um parâmetro está faltando ou errado</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acesso negado</translation>
    </message>
    <message>
        <source>Ask for less per call (fewer fields in select, a narrower filter, &apos;Fetch all pages&apos;), or raise the answer size limit (CLI: --max-body).</source>
        <translation>Peça menos por chamada (menos campos em select, um filtro mais estreito, &apos;Buscar todas as páginas&apos;), ou aumente o limite de tamanho da resposta (CLI: --max-body).</translation>
    </message>
    <message>
        <source>Ask the portal administrator to give this user access.</source>
        <translation>Peça ao administrador do portal que dê acesso a este usuário.</translation>
    </message>
    <message>
        <source>Bitrix24 blocked this portal&apos;s REST API manually after heavy load.</source>
        <translation>O Bitrix24 bloqueou manualmente a API REST deste portal após carga pesada.</translation>
    </message>
    <message>
        <source>Call this method from a Bitrix24 application (OAuth), not through a webhook.</source>
        <translation>Chame este método a partir de um aplicativo Bitrix24 (OAuth), não por um webhook.</translation>
    </message>
    <message>
        <source>Call this method on its own.</source>
        <translation>Chame este método separadamente.</translation>
    </message>
    <message>
        <source>Calls to this method took too much server time in the last 10 minutes, so the portal blocks it for a while. Other methods still work.</source>
        <translation>As chamadas a este método usaram tempo de servidor demais nos últimos 10 minutos, então o portal o bloqueia por um tempo. Os outros métodos continuam funcionando.</translation>
    </message>
    <message>
        <source>Change the webhook URL to start with https://.</source>
        <translation>Altere a URL do webhook para começar com https://.</translation>
    </message>
    <message>
        <source>Check that the address points to a Bitrix24 portal; look at the raw answer. Try again if the answer was cut off.</source>
        <translation>Verifique se o endereço aponta para um portal Bitrix24; veja a resposta bruta. Tente de novo se a resposta foi cortada.</translation>
    </message>
    <message>
        <source>Check the ID.</source>
        <translation>Verifique o ID.</translation>
    </message>
    <message>
        <source>Check the address, your network, a proxy or VPN, and the portal&apos;s certificate.</source>
        <translation>Verifique o endereço, sua rede, um proxy ou VPN e o certificado do portal.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation.</source>
        <translation>Confira os parâmetros na documentação do método.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation; often an ID does not exist.</source>
        <translation>Confira os parâmetros na documentação do método; muitas vezes um ID não existe.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Verifique o endereço do portal.</translation>
    </message>
    <message>
        <source>Check the portal&apos;s plan (the REST API needs a commercial plan or a trial) and the user&apos;s access rights.</source>
        <translation>Verifique o plano do portal (a API REST exige um plano comercial ou um período de teste) e os direitos de acesso do usuário.</translation>
    </message>
    <message>
        <source>Check the required parameters (marked *) and their types in the grid.</source>
        <translation>Verifique os parâmetros obrigatórios (marcados com *) e seus tipos na grade.</translation>
    </message>
    <message>
        <source>Check the spelling in the method browser, or pick the method from the list.</source>
        <translation>Verifique a grafia no navegador de métodos ou escolha o método na lista.</translation>
    </message>
    <message>
        <source>Cloud portals accept REST calls only over https://.</source>
        <translation>Portais na nuvem aceitam chamadas REST somente por https://.</translation>
    </message>
    <message>
        <source>Copy the webhook URL again from the portal&apos;s {integrations} and paste it here.</source>
        <translation>Copie de novo a URL do webhook em {integrations} do portal e cole-a aqui.</translation>
    </message>
    <message>
        <source>Developer resources &gt; Integrations</source>
        <translation>Recursos para desenvolvedores &gt; Integrações</translation>
    </message>
    <message>
        <source>Fetching every page stopped</source>
        <translation>A busca de todas as páginas parou</translation>
    </message>
    <message>
        <source>If the new address is the portal&apos;s, save the webhook again with it; otherwise check it.</source>
        <translation>Se o novo endereço for o do portal, salve o webhook novamente com ele; caso contrário, verifique-o.</translation>
    </message>
    <message>
        <source>In the portal&apos;s {integrations}, edit the webhook, tick the permission this method needs, and save. The secret stays the same.</source>
        <translation>Em {integrations} do portal, edite o webhook, marque a permissão de que este método precisa e salve. A chave secreta continua a mesma.</translation>
    </message>
    <message>
        <source>Nested batches and file uploads or downloads are not allowed in a batch.</source>
        <translation>Batches aninhados e envio ou download de arquivos não são permitidos em um batch.</translation>
    </message>
    <message>
        <source>No answer within {detail}.</source>
        <translation>Sem resposta em {detail}.</translation>
    </message>
    <message>
        <source>No connection: {detail}</source>
        <translation>Sem conexão: {detail}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>OAuth tokens of applications live one hour; webhooks do not use them.</source>
        <translation>Os tokens OAuth de aplicativos valem uma hora; webhooks não os usam.</translation>
    </message>
    <message>
        <source>Only Bitrix24 support can lift this block; contact them.</source>
        <translation>Só o suporte do Bitrix24 pode remover este bloqueio; entre em contato com ele.</translation>
    </message>
    <message>
        <source>Open the portal&apos;s {integrations}, edit the webhook, regenerate its secret, and store the new secret with {update_secret}. Update it in every other program that uses it too.</source>
        <translation>Abra {integrations} no portal, edite o webhook, gere um novo segredo e guarde-o com {update_secret}. Atualize-o também em todos os outros programas que o usam.</translation>
    </message>
    <message>
        <source>Read the portal&apos;s message; often an ID does not exist or a value is invalid.</source>
        <translation>Leia a mensagem do portal; muitas vezes um ID não existe ou um valor é inválido.</translation>
    </message>
    <message>
        <source>Run the call without &apos;Fetch all pages&apos; and look at what the portal sends for start=50.</source>
        <translation>Execute a chamada sem &apos;Buscar todas as páginas&apos; e veja o que o portal envia para start=50.</translation>
    </message>
    <message>
        <source>Some methods work only for installed applications, not for webhooks.</source>
        <translation>Alguns métodos funcionam só para aplicativos instalados, não para webhooks.</translation>
    </message>
    <message>
        <source>Something failed on the portal&apos;s side.</source>
        <translation>Algo falhou do lado do portal.</translation>
    </message>
    <message>
        <source>Split the batch; b24desk&apos;s batch splits long lists for you.</source>
        <translation>Divida o batch; o batch do b24desk divide listas longas para você.</translation>
    </message>
    <message>
        <source>The REST API is not available on this portal&apos;s plan, or the webhook&apos;s user has no access to this data.</source>
        <translation>A API REST não está disponível no plano deste portal, ou o usuário do webhook não tem acesso a estes dados.</translation>
    </message>
    <message>
        <source>The access token expired</source>
        <translation>O token de acesso expirou</translation>
    </message>
    <message>
        <source>The access token is not valid</source>
        <translation>O token de acesso não é válido</translation>
    </message>
    <message>
        <source>The answer is an error page, not a Bitrix24 answer: the portal or a proxy in front of it is failing or overloaded.</source>
        <translation>A resposta é uma página de erro, não uma resposta do Bitrix24: o portal ou um proxy na frente dele está falhando ou sobrecarregado.</translation>
    </message>
    <message>
        <source>The answer is not a Bitrix24 answer</source>
        <translation>A resposta não é uma resposta do Bitrix24</translation>
    </message>
    <message>
        <source>The answer is too large</source>
        <translation>A resposta é grande demais</translation>
    </message>
    <message>
        <source>The application is limited to other users</source>
        <translation>O aplicativo está limitado a outros usuários</translation>
    </message>
    <message>
        <source>The method belongs to a permission (scope) that the webhook was not given.</source>
        <translation>O método pertence a uma permissão (scope) que o webhook não recebeu.</translation>
    </message>
    <message>
        <source>The method did not accept the parameters: {description}</source>
        <translation>O método não aceitou os parâmetros: {description}</translation>
    </message>
    <message>
        <source>The method name is misspelled, belongs to a module this portal does not have, or exists only in a newer version of Bitrix24.</source>
        <translation>O nome do método está errado, pertence a um módulo que este portal não tem ou existe só em uma versão mais nova do Bitrix24.</translation>
    </message>
    <message>
        <source>The method refused the request</source>
        <translation>O método recusou a requisição</translation>
    </message>
    <message>
        <source>The method reported an error</source>
        <translation>O método informou um erro</translation>
    </message>
    <message>
        <source>The pages did not move through the list: {detail}.</source>
        <translation>As páginas não avançaram pela lista: {detail}.</translation>
    </message>
    <message>
        <source>The portal allows about 2 requests per second (more on Enterprise plans) after a short burst, and refused this one.</source>
        <translation>O portal permite cerca de 2 requisições por segundo (mais nos planos Enterprise) após uma rajada curta, e recusou esta.</translation>
    </message>
    <message>
        <source>The portal allows this application only for certain users.</source>
        <translation>O portal permite este aplicativo apenas para certos usuários.</translation>
    </message>
    <message>
        <source>The portal blocked REST calls for overload</source>
        <translation>O portal bloqueou as chamadas REST por sobrecarga</translation>
    </message>
    <message>
        <source>The portal could not be reached</source>
        <translation>Não foi possível acessar o portal</translation>
    </message>
    <message>
        <source>The portal could not do what was asked: {description}</source>
        <translation>O portal não conseguiu fazer o que foi pedido: {description}</translation>
    </message>
    <message>
        <source>The portal did not answer in time</source>
        <translation>O portal não respondeu a tempo</translation>
    </message>
    <message>
        <source>The portal did not recognise the webhook</source>
        <translation>O portal não reconheceu o webhook</translation>
    </message>
    <message>
        <source>The portal had an internal error</source>
        <translation>O portal teve um erro interno</translation>
    </message>
    <message>
        <source>The portal has no such method</source>
        <translation>O portal não tem esse método</translation>
    </message>
    <message>
        <source>The portal is gone</source>
        <translation>O portal não existe mais</translation>
    </message>
    <message>
        <source>The portal moved</source>
        <translation>O portal mudou de endereço</translation>
    </message>
    <message>
        <source>The portal refused this webhook</source>
        <translation>O portal recusou este webhook</translation>
    </message>
    <message>
        <source>The portal reported {code}</source>
        <translation>O portal informou {code}</translation>
    </message>
    <message>
        <source>The portal requires HTTPS</source>
        <translation>O portal exige HTTPS</translation>
    </message>
    <message>
        <source>The portal says: {description}</source>
        <translation>O portal diz: {description}</translation>
    </message>
    <message>
        <source>The portal sent something that is not the expected JSON (an HTML page or a cut-off answer): {detail}</source>
        <translation>O portal enviou algo que não é o JSON esperado (uma página HTML ou uma resposta cortada): {detail}</translation>
    </message>
    <message>
        <source>The portal was deleted, or its public part is closed.</source>
        <translation>O portal foi excluído ou sua parte pública está fechada.</translation>
    </message>
    <message>
        <source>The record does not exist (or you cannot see it): {description}</source>
        <translation>O registro não existe (ou você não pode vê-lo): {description}</translation>
    </message>
    <message>
        <source>The server answered with HTTP {status}</source>
        <translation>O servidor respondeu com HTTP {status}</translation>
    </message>
    <message>
        <source>The server answered: {detail}. b24desk does not follow redirects.</source>
        <translation>O servidor respondeu: {detail}. O b24desk não segue redirecionamentos.</translation>
    </message>
    <message>
        <source>The token is wrong or was revoked.</source>
        <translation>O token está errado ou foi revogado.</translation>
    </message>
    <message>
        <source>The user id or the secret in the URL is wrong.</source>
        <translation>O ID do usuário ou a chave secreta na URL está errado.</translation>
    </message>
    <message>
        <source>The webhook was deleted, its secret was regenerated, the portal blocked it because the secret was found in public, or the user who made it lacks the rights for this call.</source>
        <translation>O webhook foi excluído, sua chave secreta foi gerada de novo, o portal o bloqueou porque a chave foi encontrada em público, ou o usuário que o criou não tem direitos para esta chamada.</translation>
    </message>
    <message>
        <source>This method cannot run inside a batch</source>
        <translation>Este método não pode ser executado dentro de um batch</translation>
    </message>
    <message>
        <source>This method needs an application</source>
        <translation>Este método precisa de um aplicativo</translation>
    </message>
    <message>
        <source>This method used up its time budget</source>
        <translation>Este método esgotou seu limite de tempo</translation>
    </message>
    <message>
        <source>This webhook may not call this method</source>
        <translation>Este webhook não pode chamar este método</translation>
    </message>
    <message>
        <source>Too many commands in one batch</source>
        <translation>Comandos demais em um batch</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Requisições demais</translation>
    </message>
    <message>
        <source>Try again in a minute. If it repeats, check the portal address.</source>
        <translation>Tente de novo em um minuto. Se repetir, verifique o endereço do portal.</translation>
    </message>
    <message>
        <source>Try again in a minute; if it persists, contact the portal&apos;s administrator.</source>
        <translation>Tente de novo em um minuto; se persistir, contate o administrador do portal.</translation>
    </message>
    <message>
        <source>Try again; for big lists ask for fewer fields or use &apos;Fetch all pages&apos;, which fetches in small pieces.</source>
        <translation>Tente de novo; para listas grandes peça menos campos ou use &apos;Buscar todas as páginas&apos;, que busca em partes pequenas.</translation>
    </message>
    <message>
        <source>Update secret… (the button below, or the Webhook… menu)</source>
        <translation>“Atualizar chave secreta…” (o botão abaixo ou o menu “Webhook…”)</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL from the portal&apos;s {integrations}.</source>
        <translation>Use a URL de um webhook de entrada em {integrations} do portal.</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL, or refresh the application&apos;s token.</source>
        <translation>Use a URL de um webhook de entrada ou renove o token do aplicativo.</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again. b24desk paces requests itself; use batch or &apos;Fetch all pages&apos; to need fewer requests.</source>
        <translation>Aguarde alguns segundos e tente de novo. O b24desk controla o ritmo das requisições sozinho; use batch ou &apos;Buscar todas as páginas&apos; para precisar de menos requisições.</translation>
    </message>
    <message>
        <source>Wait until the budget resets (the answer&apos;s operating_reset_at), then ask for less per call: fewer fields in select, narrower filters.</source>
        <translation>Aguarde até o limite ser reiniciado (operating_reset_at da resposta) e peça menos por chamada: menos campos em select, filtros mais estreitos.</translation>
    </message>
    <message>
        <source>b24desk webhooks rotate NAME NEW_URL (or a new --webhook URL)</source>
        <translation>b24desk webhooks rotate NOME NOVA_URL (ou uma nova URL em --webhook)</translation>
    </message>
    <message>
        <source>{description}</source>
        <translation>{description}</translation>
    </message>
    <message>
        <source>{detail}.</source>
        <translation>{detail}.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>The portal&apos;s field list has an unexpected shape ({found}).</source>
        <translation>A lista de campos do portal tem um formato inesperado ({found}).</translation>
    </message>
</context>
<context>
    <name>json_codec</name>
    <message>
        <source>{reason} at line {line}, column {column}</source>
        <translation>{reason} na linha {line}, coluna {column}</translation>
    </message>
</context>
<context>
    <name>leak_scan</name>
    <message>
        <source>Developer resources &gt; Integrations &gt; the webhook &gt; Edit</source>
        <translation>Recursos do desenvolvedor &gt; Integrações &gt; o webhook &gt; Editar</translation>
    </message>
    <message>
        <source>JSON-escaped</source>
        <translation>com escape JSON</translation>
    </message>
    <message>
        <source>No Bitrix24 secrets found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>Nenhum segredo do Bitrix24 encontrado; {files} arquivos lidos, {skipped} ignorados (binários ou grandes demais), {commits} commits.</translation>
    </message>
    <message>
        <source>The git command is not installed, so the history cannot be scanned.</source>
        <translation>O comando git não está instalado, então o histórico não pode ser verificado.</translation>
    </message>
    <message>
        <source>This is an earlier secret of saved webhook {name!r} (already replaced): remove it from the file.</source>
        <translation>Este é um segredo anterior do webhook salvo {name!r} (já substituído): remova-o do arquivo.</translation>
    </message>
    <message>
        <source>This is the secret of saved webhook {name!r}. Bitrix24 blocks a webhook whose secret is public: make a new secret in the portal ({portal_path}), then store it: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>Este é o segredo do webhook salvo {name!r}. O Bitrix24 bloqueia um webhook cujo segredo é público: crie um novo segredo no portal ({portal_path}) e guarde-o: b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>URL-encoded</source>
        <translation>codificado em URL</translation>
    </message>
    <message>
        <source>as plain text</source>
        <translation>em texto puro</translation>
    </message>
    <message>
        <source>base64-encoded</source>
        <translation>codificado em base64</translation>
    </message>
    <message>
        <source>git could not read the history of {path}: {reason}</source>
        <translation>o git não conseguiu ler o histórico de {path}: {reason}</translation>
    </message>
    <message>
        <source>outgoing-webhook application token</source>
        <translation>token de aplicação de webhook de saída</translation>
    </message>
    <message>
        <source>webhook URL with its secret</source>
        <translation>URL de webhook com o segredo</translation>
    </message>
    <message>
        <source>{count} secret(s) found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>{count} segredo(s) encontrado(s); {files} arquivos lidos, {skipped} ignorados (binários ou grandes demais), {commits} commits.</translation>
    </message>
    <message>
        <source>{path} is not inside a git repository, so it has no history to scan.</source>
        <translation>{path} não está dentro de um repositório git, então não há histórico a verificar.</translation>
    </message>
</context>
<context>
    <name>method_suggestions</name>
    <message>
        <source>Did you mean one of: {names}?</source>
        <translation>Você quis dizer um destes: {names}?</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>Você quis dizer {name}?</translation>
    </message>
</context>
<context>
    <name>operating_time</name>
    <message>
        <source>{method} has used {used:.0f} s of its {limit:.0f} s operating-time budget; the portal will block it past the limit. The budget starts to recover at {reset}.</source>
        <translation>{method} usou {used:.0f} s do seu limite de {limit:.0f} s de tempo de execução; acima do limite o portal o bloqueará. O limite começa a se recuperar às {reset}.</translation>
    </message>
</context>
<context>
    <name>paging</name>
    <message>
        <source>the portal kept sending new rows past {total} without saying a total; paging stopped</source>
        <translation>o portal continuou enviando novas linhas além de {total} sem informar um total; a paginação parou</translation>
    </message>
    <message>
        <source>the portal sent IDs outside the range asked for ({low} to {high}); paging stopped</source>
        <translation>o portal enviou IDs fora do intervalo pedido ({low} a {high}); a paginação parou</translation>
    </message>
    <message>
        <source>the portal sent only rows already fetched at offset {start}; paging stopped after {fetched} rows</source>
        <translation>o portal enviou no deslocamento {start} apenas linhas já buscadas; a paginação parou após {fetched} linhas</translation>
    </message>
    <message>
        <source>the portal sent the same page again (the last ID did not move past {last}); paging stopped</source>
        <translation>o portal enviou a mesma página de novo (o último ID não passou de {last}); a paginação parou</translation>
    </message>
</context>
<context>
    <name>param_rows</name>
    <message>
        <source>&apos;{key}&apos; is not a parameter name (for example fields[TITLE]).</source>
        <translation>&apos;{key}&apos; não é um nome de parâmetro (por exemplo fields[TITLE]).</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date and time like 2026-11-25T14:30:00+03:00.</source>
        <translation>{key}: &apos;{value}&apos; não é uma data e hora como 2026-11-25T14:30:00+03:00.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date like 2026-11-25.</source>
        <translation>{key}: &apos;{value}&apos; não é uma data como 2026-11-25.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a number.</source>
        <translation>{key}: &apos;{value}&apos; não é um número.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{key}: &apos;{value}&apos; não é um número inteiro.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not yes/no (true, false, 1, 0, Y, N).</source>
        <translation>{key}: &apos;{value}&apos; não é sim/não (true, false, 1, 0, Y, N).</translation>
    </message>
    <message>
        <source>{key}: the JSON value is not valid ({reason}).</source>
        <translation>{key}: o valor JSON não é válido ({reason}).</translation>
    </message>
    <message>
        <source>{key}: unknown type &apos;{type}&apos;.</source>
        <translation>{key}: tipo desconhecido &apos;{type}&apos;.</translation>
    </message>
</context>
<context>
    <name>postman</name>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{source} is not JSON: {reason}</source>
        <translation>{source} não é JSON: {reason}</translation>
    </message>
    <message>
        <source>{source} is not a Postman collection v2.1 (no info.schema naming v2.1 and no item list).</source>
        <translation>{source} não é uma coleção Postman v2.1 (sem info.schema citando v2.1 e sem lista item).</translation>
    </message>
</context>
<context>
    <name>query</name>
    <message>
        <source>A parameter holds text that is not valid Unicode: {text!r}.</source>
        <translation>Um parâmetro contém texto que não é Unicode válido: {text!r}.</translation>
    </message>
    <message>
        <source>Parameters nest deeper than {limit} levels (at {key}); PHP, and so the portal, reads at most {limit}.</source>
        <translation>Os parâmetros têm mais de {limit} níveis de aninhamento (em {key}); o PHP, e portanto o portal, lê no máximo {limit}.</translation>
    </message>
    <message>
        <source>The value of {key} is a {type}; parameters can hold text, numbers, yes/no, lists and groups.</source>
        <translation>O valor de {key} é do tipo {type}; parâmetros podem conter texto, números, sim/não, listas e grupos.</translation>
    </message>
    <message>
        <source>The value of {key} is not a finite number.</source>
        <translation>O valor de {key} não é um número finito.</translation>
    </message>
</context>
<context>
    <name>receiver</name>
    <message>
        <source>The event could not be sent to {url}: {reason}</source>
        <translation>Não foi possível enviar o evento para {url}: {reason}</translation>
    </message>
</context>
<context>
    <name>request_checks</name>
    <message>
        <source>{key} is required and empty.</source>
        <translation>{key} é obrigatório e está vazio.</translation>
    </message>
    <message>
        <source>{key} is required and missing.</source>
        <translation>{key} é obrigatório e está ausente.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not one of the field&apos;s values ({values}).</source>
        <translation>{key}: &apos;{value}&apos; não é um dos valores do campo ({values}).</translation>
    </message>
</context>
<context>
    <name>request_file</name>
    <message>
        <source>A request file names its webhook by a saved webhook&apos;s name or a {{{{variable}}}}, never by its URL (the URL holds the secret). Save the webhook and use its name.</source>
        <translation>Um arquivo de requisição indica o webhook pelo nome de um webhook salvo ou por uma {{{{variable}}}}, nunca pela URL (a URL contém o segredo). Salve o webhook e use o nome dele.</translation>
    </message>
    <message>
        <source>The request cannot be written as a file: {reason}.</source>
        <translation>A requisição não pode ser gravada em arquivo: {reason}.</translation>
    </message>
    <message>
        <source>it was written by a newer b24desk (format {found}; this one reads up to {known}): update b24desk</source>
        <translation>foi gravado por um b24desk mais novo (formato {found}; este lê até {known}): atualize o b24desk</translation>
    </message>
    <message>
        <source>{path} is not a saved b24desk request: {reason}</source>
        <translation>{path} não é uma requisição salva do b24desk: {reason}</translation>
    </message>
</context>
<context>
    <name>shell_words</name>
    <message>
        <source>A quote is not closed in the command: {text}</source>
        <translation>Há uma aspa não fechada no comando: {text}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>A saved webhook is already named {name!r}.</source>
        <translation>Já existe um webhook salvo com o nome {name!r}.</translation>
    </message>
    <message>
        <source>A saved webhook needs a name.</source>
        <translation>Um webhook salvo precisa de um nome.</translation>
    </message>
    <message>
        <source>A webhook name cannot look like a URL or contain control characters.</source>
        <translation>O nome de um webhook não pode parecer uma URL nem conter caracteres de controle.</translation>
    </message>
    <message>
        <source>A webhook name may have at most {max} characters.</source>
        <translation>O nome de um webhook pode ter no máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>No saved webhook is named {name!r}.</source>
        <translation>Nenhum webhook salvo se chama {name!r}.</translation>
    </message>
    <message>
        <source>No system keyring is available (backend: {backend}), so the webhook&apos;s secret cannot be {action}. Install or start one: on Linux GNOME Keyring or KWallet (any Secret Service provider, such as KeePassXC), on macOS the Keychain, on Windows the Credential Manager.</source>
        <translation>Nenhum chaveiro do sistema está disponível (backend: {backend}), então a chave secreta do webhook não pode ser {action}. Instale ou inicie um: no Linux, GNOME Keyring ou KWallet (qualquer provedor do Secret Service, como o KeePassXC); no macOS, as Chaves (Keychain); no Windows, o Gerenciador de Credenciais.</translation>
    </message>
    <message>
        <source>Paste the new webhook URL or the bare secret (letters and digits, no spaces).</source>
        <translation>Cole a nova URL do webhook ou só a chave secreta (letras e dígitos, sem espaços).</translation>
    </message>
    <message>
        <source>Secret of {name!r} updated; its history is kept.</source>
        <translation>Chave secreta de {name!r} atualizada; o histórico foi mantido.</translation>
    </message>
    <message>
        <source>The history database {path} could not be used: {reason}.</source>
        <translation>Não foi possível usar o banco de dados de histórico {path}: {reason}.</translation>
    </message>
    <message>
        <source>The history database {path} was damaged ({reason}); it was kept as {backup} and a new, empty history was started.</source>
        <translation>O banco de dados do histórico {path} estava danificado ({reason}); foi mantido como {backup} e um novo histórico vazio foi iniciado.</translation>
    </message>
    <message>
        <source>The new URL belongs to user {new} (it was user {old}): calls now run with that user&apos;s rights.</source>
        <translation>A nova URL pertence ao usuário {new} (era o usuário {old}): as chamadas agora são feitas com os direitos desse usuário.</translation>
    </message>
    <message>
        <source>The portal address changed from {old} to {new}.</source>
        <translation>O endereço do portal mudou de {old} para {new}.</translation>
    </message>
    <message>
        <source>The secret of webhook {name!r} is not in {backend}. Paste the webhook URL again with Update secret (b24desk webhooks rotate).</source>
        <translation>A chave secreta do webhook {name!r} não está em {backend}. Cole de novo a URL do webhook com Atualizar chave secreta (b24desk webhooks rotate).</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it was kept as {backup} and b24desk started with empty settings. Saved secrets are still in the system keyring.</source>
        <translation>Não foi possível ler o arquivo de configurações {path} ({reason}); ele foi guardado como {backup} e o b24desk iniciou com configurações vazias. As chaves secretas salvas continuam no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read: {reason}.</source>
        <translation>Não foi possível ler o arquivo de configurações {path}: {reason}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be written: {reason}.</source>
        <translation>Não foi possível gravar o arquivo de configurações {path}: {reason}.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) could not be opened, so the webhook&apos;s secret cannot be {action}: {reason}. Check that its service is running (on Linux: a D-Bus session with GNOME Keyring or KWallet) and try again.</source>
        <translation>Não foi possível abrir o chaveiro do sistema ({backend}), então a chave secreta do webhook não pode ser {action}: {reason}. Verifique se o serviço dele está em execução (no Linux: uma sessão D-Bus com GNOME Keyring ou KWallet) e tente de novo.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) is locked, so the webhook&apos;s secret cannot be {action}. Unlock it (log in again, or open your keyring manager such as Seahorse) and try again.</source>
        <translation>O chaveiro do sistema ({backend}) está bloqueado, então a chave secreta do webhook não pode ser {action}. Desbloqueie-o (entre de novo na sessão ou abra seu gerenciador de chaveiros, como o Seahorse) e tente de novo.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) refused, so the webhook&apos;s secret cannot be {action}: {reason}. Check the keyring manager (it may ask for permission or be full) and try again.</source>
        <translation>O chaveiro do sistema ({backend}) recusou, então a chave secreta do webhook não pode ser {action}: {reason}. Verifique o gerenciador de chaveiros (ele pode estar pedindo permissão ou estar cheio) e tente de novo.</translation>
    </message>
    <message>
        <source>Until then you can use the webhook for this session only: its secret is kept in memory and forgotten when b24desk closes.</source>
        <translation>Até lá, você pode usar o webhook só nesta sessão: a chave secreta fica na memória e é esquecida quando o b24desk é fechado.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluída</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>memória (só nesta sessão)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lida</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salva</translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>(none chosen)</source>
        <translation>(nenhum escolhido)</translation>
    </message>
    <message>
        <source>The request uses variables with no value in the environment {environment}: {names}.</source>
        <translation>A requisição usa variáveis sem valor no ambiente {environment}: {names}.</translation>
    </message>
</context>
<context>
    <name>webhook</name>
    <message>
        <source>A webhook URL looks like {example}</source>
        <translation>Uma URL de webhook tem este formato: {example}</translation>
    </message>
    <message>
        <source>REST 3.0 addresses (/rest/api/...) are not supported yet; use the classic /rest/ URL.</source>
        <translation>Endereços REST 3.0 (/rest/api/...) ainda não são suportados; use a URL clássica /rest/.</translation>
    </message>
    <message>
        <source>The address contains a user name or password before the host; remove it.</source>
        <translation>O endereço contém um nome de usuário ou senha antes do host; remova-os.</translation>
    </message>
    <message>
        <source>The address has a broken IPv6 host (an unclosed [ or ]).</source>
        <translation>O endereço tem um host IPv6 quebrado (um [ ou ] sem par).</translation>
    </message>
    <message>
        <source>The address has extra parts after the method name.</source>
        <translation>O endereço tem partes extras depois do nome do método.</translation>
    </message>
    <message>
        <source>The address has no /rest/USER_ID/SECRET/ part, so it is not an incoming webhook.</source>
        <translation>O endereço não tem a parte /rest/USER_ID/SECRET/, então não é um webhook de entrada.</translation>
    </message>
    <message>
        <source>The address has no portal name (host).</source>
        <translation>O endereço não tem o nome do portal (host).</translation>
    </message>
    <message>
        <source>The address holds bytes that are not valid UTF-8 text.</source>
        <translation>O endereço contém bytes que não são texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for an on-premise portal).</source>
        <translation>O endereço deve começar com https:// (ou http:// para um portal on-premise).</translation>
    </message>
    <message>
        <source>The method name is {length} characters long; method names have at most {limit}.</source>
        <translation>O nome do método tem {length} caracteres; nomes de métodos têm no máximo {limit}.</translation>
    </message>
    <message>
        <source>The method name may hold only letters, digits, dots and underscores.</source>
        <translation>O nome do método só pode ter letras, dígitos, pontos e sublinhados.</translation>
    </message>
    <message>
        <source>The port in the address is not a number from 1 to 65535.</source>
        <translation>A porta no endereço não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The secret after the user id is missing.</source>
        <translation>Falta a chave secreta depois do ID do usuário.</translation>
    </message>
    <message>
        <source>The user id after /rest/ must be a number.</source>
        <translation>O ID do usuário depois de /rest/ deve ser um número.</translation>
    </message>
    <message>
        <source>The webhook URL is empty.</source>
        <translation>A URL do webhook está vazia.</translation>
    </message>
    <message>
        <source>This is an application (OAuth) address without a user id and secret; b24desk needs an incoming webhook.</source>
        <translation>Este é um endereço de aplicativo (OAuth) sem ID de usuário e chave secreta; o b24desk precisa de um webhook de entrada.</translation>
    </message>
    <message>
        <source>b24desk reads JSON answers; use the .json suffix instead of .xml.</source>
        <translation>O b24desk lê respostas em JSON; use o sufixo .json em vez de .xml.</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>The open tabs could not be restored from {path} ({reason}); b24desk starts with one empty tab.</source>
        <translation>As abas abertas não puderam ser restauradas de {path} ({reason}); o b24desk começa com uma aba vazia.</translation>
    </message>
</context>
</TS>
