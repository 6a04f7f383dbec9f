<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About b24desk</source>
        <translation>О программе b24desk</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Входящие в поставку библиотеки</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the version and the libraries, e.g. for a bug report</source>
        <translation>Скопировать версию и список библиотек, например для отчёта об ошибке</translation>
    </message>
    <message>
        <source>Desktop request builder for the Bitrix24 REST API</source>
        <translation>Настольный конструктор запросов к REST API Битрикс24</translation>
    </message>
    <message>
        <source>Libraries b24desk ships with, and their licences:</source>
        <translation>Библиотеки, которые поставляются с b24desk, и их лицензии:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Licence: {licence}. Runs on Python {python} and Qt {qt} (LGPL-3.0, through PySide6).</source>
        <translation>Лицензия: {licence}. Работает на Python {python} и Qt {qt} (LGPL-3.0, через PySide6).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Application token</source>
        <translation>Токен приложения</translation>
    </message>
    <message>
        <source>Busiest methods</source>
        <translation>Самые частые методы</translation>
    </message>
    <message>
        <source>Call URL</source>
        <translation>URL вызова</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Code language</source>
        <translation>Язык кода</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Коллекция</translation>
    </message>
    <message>
        <source>Enter finds the next match</source>
        <translation>Enter находит следующее совпадение</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Данные события</translation>
    </message>
    <message>
        <source>Events the receiver got, newest last</source>
        <translation>События, полученные приёмником, новые внизу</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>Найти в исходном ответе</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-метод</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>URL обработчика</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Keys in PHP syntax, their values and types; Enter edits a cell</source>
        <translation>Ключи в синтаксисе PHP, их значения и типы; Enter редактирует ячейку</translation>
    </message>
    <message>
        <source>List results, one row per record; click a column to sort</source>
        <translation>Результаты списков, по строке на запись; щелчок по столбцу сортирует</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>POST sends a form body; GET puts the query in the URL</source>
        <translation>POST отправляет тело формы; GET помещает запрос в URL</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Parameters as JSON</source>
        <translation>Параметры в виде JSON</translation>
    </message>
    <message>
        <source>Past calls of this webhook; double-click reopens one</source>
        <translation>Прошлые вызовы этого вебхука; двойной щелчок открывает вызов снова</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>Исходный ответ</translation>
    </message>
    <message>
        <source>Received events</source>
        <translation>Полученные события</translation>
    </message>
    <message>
        <source>Receiver host</source>
        <translation>Адрес приёмника</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Порт приёмника</translation>
    </message>
    <message>
        <source>Requests, errors and time per method</source>
        <translation>Запросы, ошибки и время по методам</translation>
    </message>
    <message>
        <source>Result table</source>
        <translation>Таблица результата</translation>
    </message>
    <message>
        <source>Result tree</source>
        <translation>Дерево результата</translation>
    </message>
    <message>
        <source>Search methods</source>
        <translation>Поиск методов</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Selects every cell of the table</source>
        <translation>Выделяет все ячейки таблицы</translation>
    </message>
    <message>
        <source>The REST method to call, e.g. crm.lead.list</source>
        <translation>Вызываемый REST-метод, например crm.lead.list</translation>
    </message>
    <message>
        <source>The URL Execute calls; paste a call URL to load it</source>
        <translation>URL, который вызывает «Выполнить»; вставьте URL вызова, чтобы загрузить его</translation>
    </message>
    <message>
        <source>The URL to give the portal for outgoing webhooks</source>
        <translation>URL, который нужно указать порталу для исходящих вебхуков</translation>
    </message>
    <message>
        <source>The address the event receiver listens on</source>
        <translation>Адрес, на котором слушает приёмник событий</translation>
    </message>
    <message>
        <source>The answer as a tree of keys and values</source>
        <translation>Ответ в виде дерева ключей и значений</translation>
    </message>
    <message>
        <source>The answer as indented JSON</source>
        <translation>Ответ в виде JSON с отступами</translation>
    </message>
    <message>
        <source>The collection&apos;s folders and requests; Enter or double-click opens one</source>
        <translation>Папки и запросы коллекции; Enter или двойной щелчок открывает запрос</translation>
    </message>
    <message>
        <source>The language of the generated code</source>
        <translation>Язык сгенерированного кода</translation>
    </message>
    <message>
        <source>The port the event receiver listens on</source>
        <translation>Порт, на котором слушает приёмник событий</translation>
    </message>
    <message>
        <source>The portal&apos;s methods; Enter puts one in the editor</source>
        <translation>Методы портала; Enter переносит метод в редактор</translation>
    </message>
    <message>
        <source>The request as code in the chosen language</source>
        <translation>Запрос в виде кода на выбранном языке</translation>
    </message>
    <message>
        <source>The same parameters as a JSON object</source>
        <translation>Те же параметры в виде объекта JSON</translation>
    </message>
    <message>
        <source>The selected event&apos;s fields</source>
        <translation>Поля выбранного события</translation>
    </message>
    <message>
        <source>The token the portal sends with each event</source>
        <translation>Токен, который портал передаёт с каждым событием</translation>
    </message>
    <message>
        <source>The webhook the request is sent through</source>
        <translation>Вебхук, через который отправляется запрос</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <source>Words of a method name or its parameters</source>
        <translation>Слова из названия метода или его параметров</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>All pages</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Embed the secret?</source>
        <translation>Вставить секретный код?</translation>
    </message>
    <message>
        <source>Embed webhook URL (secret)</source>
        <translation>Вставить URL вебхука (с секретом)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Сохранить код</translation>
    </message>
    <message>
        <source>The code will contain the webhook URL with its secret. Anyone who reads the file can read and change your portal&apos;s data, and Bitrix24 blocks a webhook whose secret is found in public. Embed it anyway?</source>
        <translation>Код будет содержать URL вебхука с секретным кодом. Любой, кто прочитает файл, сможет читать и изменять данные вашего портала, а Битрикс24 блокирует вебхук, секретный код которого оказался в открытом доступе. Всё равно вставить?</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <source>A folder of request files (it may be a git repository)</source>
        <translation>Папка файлов запросов (может быть git-репозиторием)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete {name} and everything in it?</source>
        <translation>Удалить {name} со всем содержимым?</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Удалить {name}?</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Новая папка…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новый запрос</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Новый запрос…</translation>
    </message>
    <message>
        <source>No collection open</source>
        <translation>Коллекция не открыта</translation>
    </message>
    <message>
        <source>Open collection</source>
        <translation>Открыть коллекцию</translation>
    </message>
    <message>
        <source>Open collection…</source>
        <translation>Открыть коллекцию…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
</context>
<context>
    <name>EnvironmentPicker</name>
    <message>
        <source>Environment:</source>
        <translation>Окружение:</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Без окружения</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Show the raw answer</source>
        <translation>Показать исходный ответ</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Обновить секретный код…</translation>
    </message>
    <message>
        <source>Use {method}</source>
        <translation>Взять {method}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Что делать: {action}</translation>
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
        <translation>Событие</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>некорректно</translation>
    </message>
    <message>
        <source>rejected: no token</source>
        <translation>отклонено: нет токена</translation>
    </message>
    <message>
        <source>rejected: wrong token</source>
        <translation>отклонено: неверный токен</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>слишком большое</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>слишком много запросов</translation>
    </message>
    <message>
        <source>unchecked (no token set)</source>
        <translation>не проверено (токен не задан)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>127.0.0.1 keeps the receiver on this computer</source>
        <translation>127.0.0.1 — приёмник доступен только на этом компьютере</translation>
    </message>
    <message>
        <source>A cloud Bitrix24 portal cannot reach this computer behind a router (NAT): it needs a public HTTPS handler URL, for example a tunnel you run that forwards to the address above. An on-premise portal on the same network, and the sandbox portal, can use it directly. The portal does not retry: events sent while the receiver is stopped are lost.</source>
        <translation>Облачный портал Битрикс24 не может достучаться до этого компьютера за роутером (NAT): ему нужен публичный HTTPS-адрес обработчика, например запущенный вами туннель, который перенаправляет запросы на адрес выше. Коробочный портал в той же сети и портал-песочница могут обращаться к нему напрямую. Портал не повторяет отправку: события, отправленные, пока приёмник остановлен, теряются.</translation>
    </message>
    <message>
        <source>Application token</source>
        <translation>Токен приложения</translation>
    </message>
    <message>
        <source>Application token the portal shows for the outgoing webhook</source>
        <translation>Токен приложения, который портал показывает для исходящего вебхука</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>Не удалось начать прослушивание на {host}:{port}: {reason}</translation>
    </message>
    <message>
        <source>Cannot load {name}: {error}</source>
        <translation>Не удалось загрузить {name}: {error}</translation>
    </message>
    <message>
        <source>Cannot save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Export handler skeleton</source>
        <translation>Экспорт заготовки обработчика</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>От: {source}</translation>
    </message>
    <message>
        <source>Handler URL</source>
        <translation>URL обработчика</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Строки JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Listen on the network?</source>
        <translation>Слушать в сети?</translation>
    </message>
    <message>
        <source>Listening on {host} lets anyone on your network post events to this computer. Keep the application token set so that forged events are rejected. Listen anyway?</source>
        <translation>При прослушивании на {host} любой в вашей сети сможет отправлять события на этот компьютер. Не убирайте токен приложения, чтобы поддельные события отклонялись. Всё равно начать прослушивание?</translation>
    </message>
    <message>
        <source>Listening. Give the portal this handler URL (or your tunnel&apos;s public URL).</source>
        <translation>Прослушивание запущено. Укажите порталу этот URL обработчика (или публичный URL вашего туннеля).</translation>
    </message>
    <message>
        <source>Listening. No application token set: events are shown as unchecked, none is rejected.</source>
        <translation>Прослушивание запущено. Токен приложения не задан: события показываются как непроверенные, ни одно не отклоняется.</translation>
    </message>
    <message>
        <source>Load events</source>
        <translation>Загрузить события</translation>
    </message>
    <message>
        <source>Loaded {count} events.</source>
        <translation>Загружено событий: {count}.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Исходное тело</translation>
    </message>
    <message>
        <source>Replay event</source>
        <translation>Повторить событие</translation>
    </message>
    <message>
        <source>Replay to URL…</source>
        <translation>Повторить на URL…</translation>
    </message>
    <message>
        <source>Replayed {event}: the handler answered {status}.</source>
        <translation>Событие {event} отправлено повторно: обработчик ответил {status}.</translation>
    </message>
    <message>
        <source>Replaying to {url}…</source>
        <translation>Повторная отправка на {url}…</translation>
    </message>
    <message>
        <source>Save events</source>
        <translation>Сохранить события</translation>
    </message>
    <message>
        <source>Saved {count} events (tokens masked).</source>
        <translation>Сохранено событий: {count} (токены скрыты).</translation>
    </message>
    <message>
        <source>Saved {name}. It reads the token from B24_APPLICATION_TOKEN.</source>
        <translation>Файл {name} сохранён. Он берёт токен из B24_APPLICATION_TOKEN.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Send the event to this handler URL:</source>
        <translation>Отправить событие на этот URL обработчика:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Начать прослушивание</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stopped. Events the portal sends now are lost (it does not retry).</source>
        <translation>Остановлено. События, которые портал отправит сейчас, будут потеряны (он не повторяет отправку).</translation>
    </message>
    <message>
        <source>The handler URL appears here once the receiver runs</source>
        <translation>URL обработчика появится здесь, когда приёмник запустится</translation>
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
        <translation>строк: %v из %m</translation>
    </message>
    <message>
        <source>Add a webhook first.</source>
        <translation>Сначала добавьте вебхук.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled. The request is as you left it.</source>
        <translation>Отменено. Запрос остался таким, как вы его оставили.</translation>
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
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} мс</translation>
    </message>
    <message>
        <source>{rows} rows in {requests} requests, {seconds:.1f} s</source>
        <translation>Строк: {rows}, запросов: {requests}, {seconds:.1f} с</translation>
    </message>
    <message>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} с</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>CSV for Excel, separated by &apos;{separator}&apos; (*.csv)</source>
        <translation>CSV для Excel, разделитель «{separator}» (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV с разделителем-запятой (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Экспорт JSON</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
</context>
<context>
    <name>HeadersView</name>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Заголовки ответа</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Duration</source>
        <translation>Длит.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n запрос</numerusform>
            <numerusform>%n запроса</numerusform>
            <numerusform>%n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Очистить историю</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Every call is kept here: saved, pasted or sandbox webhooks, from any tab or collection.</source>
        <translation>Здесь хранится каждый вызов: сохранённые, вставленные вебхуки и песочница, из любой вкладки и коллекции.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>No calls through this webhook yet.</source>
        <translation>Через этот вебхук ещё не было вызовов.</translation>
    </message>
    <message>
        <source>No history: the storage could not be opened.</source>
        <translation>Истории нет: не удалось открыть хранилище.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>{requests}, {errors}, {total:.1f} s in all, {average:.0f} ms on average</source>
        <translation>{requests}, {errors}, всего {total:.1f} с, в среднем {average:.0f} мс</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The new language applies when b24desk starts again. Restart now?</source>
        <translation>Новый язык применится при следующем запуске b24desk. Перезапустить сейчас?</translation>
    </message>
    <message>
        <source>The request you are editing is kept in the history only if it was sent.</source>
        <translation>Редактируемый запрос сохранится в истории, только если он был отправлен.</translation>
    </message>
</context>
<context>
    <name>LeakScanDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Выберите существующую папку.</translation>
    </message>
    <message>
        <source>Double-click a finding to open its folder.</source>
        <translation>Двойной щелчок по находке открывает её папку.</translation>
    </message>
    <message>
        <source>Finds Bitrix24 webhook secrets and application tokens before they go public.</source>
        <translation>Находит секреты вебхуков Bitrix24 и токены приложений, пока они не стали публичными.</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Папка для проверки</translation>
    </message>
    <message>
        <source>Include the git history</source>
        <translation>Включая историю git</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets</source>
        <translation>Поиск утёкших секретов в папке</translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation>Проверка {folder}…</translation>
    </message>
    <message>
        <source>Scanning… {files} files read</source>
        <translation>Проверка… прочитано файлов: {files}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>The scan stopped: {message}</source>
        <translation>Проверка прервана: {message}</translation>
    </message>
</context>
<context>
    <name>LeakScanModel</name>
    <message>
        <source>Commit</source>
        <translation>Коммит</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Saved webhook</source>
        <translation>Сохранённый вебхук</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>{name} (earlier secret)</source>
        <translation>{name} (прежний секрет)</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add lines</source>
        <translation>Добавить строки</translation>
    </message>
    <message>
        <source>Add lines…</source>
        <translation>Добавить строки…</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Each value is sent as {key}[]. Double-click a value to edit it.</source>
        <translation>Каждое значение отправляется как {key}[]. Дважды щёлкните значение, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Paste several values, one per line</source>
        <translation>Вставить несколько значений, по одному в строке</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Ticked values are sent, in this order. Double-click a value to edit it.</source>
        <translation>Отмеченные значения отправляются в этом порядке. Дважды щёлкните значение, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Values of {key}</source>
        <translation>Значения {key}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Sandbox: demo data on this computer, nothing is sent anywhere. Add webhook… connects your own portal.</source>
        <translation>Песочница: локальные демоданные, ничего не отправляется. Свой портал: «Добавить вебхук…».</translation>
    </message>
    <message>
        <source>The request names the webhook {name!r}, which is not saved here.</source>
        <translation>Запрос называет вебхук {name!r}, который здесь не сохранён.</translation>
    </message>
    <message>
        <source>The sandbox portal could not start: {error}</source>
        <translation>Не удалось запустить портал-песочницу: {error}</translation>
    </message>
    <message>
        <source>b24desk: Bitrix24 REST request builder</source>
        <translation>b24desk: конструктор запросов к REST API Битрикс24</translation>
    </message>
    <message>
        <source>{method} is not in the method catalogue.</source>
        <translation>Метода {method} нет в каталоге методов.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About b24desk</source>
        <translation>&amp;О программе b24desk</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find a method</source>
        <translation>&amp;Найти метод</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Maximise the result</source>
        <translation>&amp;Развернуть результат</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Copy call &amp;URL (secret masked)</source>
        <translation>Копировать &amp;URL вызова (секрет скрыт)</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Экспорт JSON…</translation>
    </message>
    <message>
        <source>Export table (CSV, Excel)…</source>
        <translation>Экспорт таблицы (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
</context>
<context>
    <name>MethodBrowser</name>
    <message>
        <source>Add to favourites</source>
        <translation>Добавить в избранное</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Убрать из избранного</translation>
    </message>
    <message>
        <source>Search methods (Ctrl+L)</source>
        <translation>Поиск методов (Ctrl+L)</translation>
    </message>
    <message>
        <source>Words of a method or of its parameters: lead add, select, task…</source>
        <translation>Слова из названия метода или его параметров: lead add, select, task…</translation>
    </message>
    <message>
        <source>{count} methods</source>
        <translation>Методов: {count}</translation>
    </message>
</context>
<context>
    <name>MethodTreeModel</name>
    <message>
        <source>Deprecated</source>
        <translation>Устарел</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>List method (50 rows a page)</source>
        <translation>Списочный метод (50 строк на страницу)</translation>
    </message>
    <message>
        <source>Not served by the sandbox portal: it answers ERROR_METHOD_NOT_FOUND.</source>
        <translation>Песочница не обслуживает этот метод: она отвечает ERROR_METHOD_NOT_FOUND.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>Results ({count})</source>
        <translation>Найдено ({count})</translation>
    </message>
    <message>
        <source>This portal does not list this method, though the webhook has its scope.</source>
        <translation>Этот портал не перечисляет этот метод, хотя у вебхука есть его право доступа.</translation>
    </message>
    <message>
        <source>This webhook lacks the scope for this method.</source>
        <translation>У этого вебхука нет прав для этого метода.</translation>
    </message>
    <message>
        <source>other (no scope)</source>
        <translation>прочие (без прав)</translation>
    </message>
    <message>
        <source>scope: {scope}</source>
        <translation>права: {scope}</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message>
        <source>Hide this note</source>
        <translation>Скрыть эту заметку</translation>
    </message>
</context>
<context>
    <name>OpenRequest</name>
    <message>
        <source>Add a webhook to build the call URL.</source>
        <translation>Добавьте вебхук, чтобы построить URL вызова.</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <source>Add a key to the selected group</source>
        <translation>Добавить ключ в выбранную группу</translation>
    </message>
    <message>
        <source>Add a key to the selected group (Ctrl+Ins)</source>
        <translation>Добавить ключ в выбранную группу (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>Add inside</source>
        <translation>Добавить внутрь</translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation>Изменить список…</translation>
    </message>
    <message>
        <source>Edit the selected parameter&apos;s values as a list, one per row</source>
        <translation>Изменить значения выбранного параметра как список, по одному в строке</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Keys use PHP syntax: fields[TITLE], select[], filter[&gt;ID]</source>
        <translation>Ключи в синтаксисе PHP: fields[TITLE], select[], filter[&gt;ID]</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Удалить выбранные параметры</translation>
    </message>
    <message>
        <source>Select the parameter whose values you want to edit as a list.</source>
        <translation>Выберите параметр, значения которого хотите изменить как список.</translation>
    </message>
    <message>
        <source>The JSON is not valid: {reason} (line {line}, column {column}).</source>
        <translation>Некорректный JSON: {reason} (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <source>The JSON must be an object: {example}</source>
        <translation>JSON должен быть объектом: {example}</translation>
    </message>
    <message>
        <source>{key} holds named keys, not a list of values: use Add inside to add one.</source>
        <translation>{key} содержит именованные ключи, а не список значений: добавьте ключ кнопкой «Добавить внутрь».</translation>
    </message>
</context>
<context>
    <name>ParamsModel</name>
    <message>
        <source>Documented type: {type}</source>
        <translation>Тип по документации: {type}</translation>
    </message>
    <message>
        <source>New parameter: type a key</source>
        <translation>Новый параметр: введите ключ</translation>
    </message>
    <message>
        <source>New parameter: type a key, e.g. {key}</source>
        <translation>Новый параметр: введите ключ, например {key}</translation>
    </message>
    <message>
        <source>No value in the current environment: {names}</source>
        <translation>Нет значения в текущем окружении: {names}</translation>
    </message>
    <message>
        <source>Not sent: tick it to send it</source>
        <translation>Не отправляется: отметьте, чтобы отправить</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Required and still empty: Execute will ask before sending</source>
        <translation>Обязательный и ещё пустой: перед отправкой «Выполнить» переспросит</translation>
    </message>
    <message>
        <source>Required parameter</source>
        <translation>Обязательный параметр</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>PastedWebhookOffer</name>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Сохранить вебхук</translation>
    </message>
    <message>
        <source>Save webhook…</source>
        <translation>Сохранить вебхук…</translation>
    </message>
    <message>
        <source>The webhook of {host} came with the pasted URL; it is used for now, not saved.</source>
        <translation>Вебхук портала {host} пришёл со вставленным URL; он используется сейчас, но не сохранён.</translation>
    </message>
    <message>
        <source>{host} (pasted, not saved)</source>
        <translation>{host} (вставлен, не сохранён)</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <source>Find (Ctrl+F, Enter for next)</source>
        <translation>Найти (Ctrl+F, Enter — следующее)</translation>
    </message>
    <message>
        <source>Find in the raw answer</source>
        <translation>Найти в исходном ответе</translation>
    </message>
    <message>
        <source>Not found: {text}</source>
        <translation>Не найдено: {text}</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {total:,} characters; Export saves all.</source>
        <translation>Показаны первые {shown:,} из {total:,} символов; экспорт сохранит всё.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Every row of a list method, 2,500 rows per request through batch.</source>
        <translation>Все строки списочного метода, по 2500 строк за запрос через batch.</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Загрузить все страницы</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Method, e.g. crm.lead.list</source>
        <translation>Метод, например crm.lead.list</translation>
    </message>
    <message>
        <source>POST sends the parameters as a form body; GET puts them in the URL.</source>
        <translation>POST передаёт параметры в теле формы, GET — в URL.</translation>
    </message>
    <message>
        <source>This method returns no list to page through (as its documentation says).</source>
        <translation>Этот метод не возвращает список, который можно листать (так сказано в его документации).</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Открыть запрос</translation>
    </message>
    <message>
        <source>Open request…</source>
        <translation>Открыть запрос…</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Сохранить запрос</translation>
    </message>
    <message>
        <source>Save request…</source>
        <translation>Сохранить запрос…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>RequestTabs</name>
    <message>
        <source>Close tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
    <message>
        <source>Close the request tab</source>
        <translation>Закрыть вкладку запроса</translation>
    </message>
    <message>
        <source>Close {title}</source>
        <translation>Закрыть {title}</translation>
    </message>
    <message>
        <source>Closes this request tab (Ctrl+W)</source>
        <translation>Закрывает эту вкладку запроса (Ctrl+W)</translation>
    </message>
    <message>
        <source>New request tab</source>
        <translation>Новая вкладка запроса</translation>
    </message>
    <message>
        <source>Next request tab</source>
        <translation>Следующая вкладка запроса</translation>
    </message>
    <message>
        <source>Previous request tab</source>
        <translation>Предыдущая вкладка запроса</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <source>{title} has changes that are not saved. Close it anyway?</source>
        <translation>В {title} есть несохранённые изменения. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>ResultFilter</name>
    <message>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Filter the result</source>
        <translation>Фильтр результата</translation>
    </message>
    <message>
        <source>Keeps the Table&apos;s rows that contain this text; finds it in the Tree</source>
        <translation>Оставляет в таблице строки с этим текстом и находит его в дереве</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Копировать значение</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Не удалось сохранить {path}: {error}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>No request sent yet. Press Ctrl+Enter to execute.</source>
        <translation>Запрос ещё не отправлен. Нажмите Ctrl+Enter, чтобы выполнить.</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Исходный</translation>
    </message>
    <message>
        <source>Raw shows the first {shown:,} of {total:,} rows; Export saves them all.</source>
        <translation>В исходном виде показаны первые {shown:,} из {total:,} строк; при экспорте сохраняются все.</translation>
    </message>
    <message>
        <source>Save the Table&apos;s rows as CSV or as an Excel workbook</source>
        <translation>Сохранить строки таблицы в CSV или в книгу Excel</translation>
    </message>
    <message>
        <source>Save the answer as JSON, or the Table&apos;s rows as CSV or XLSX</source>
        <translation>Сохранить ответ в JSON или строки таблицы в CSV или XLSX</translation>
    </message>
    <message>
        <source>Save the whole answer as JSON</source>
        <translation>Сохранить весь ответ в JSON</translation>
    </message>
    <message>
        <source>Set as variable</source>
        <translation>Сделать переменной</translation>
    </message>
    <message>
        <source>Set as variable…</source>
        <translation>Сделать переменной…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Table (CSV or Excel)…</source>
        <translation>Таблица (CSV или Excel)…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <source>Variable name in the current environment:</source>
        <translation>Имя переменной в текущем окружении:</translation>
    </message>
    <message>
        <source>an Excel sheet holds {rows} rows; export CSV instead</source>
        <translation>лист Excel вмещает {rows} строк; экспортируйте в CSV</translation>
    </message>
    <message>
        <source>next {n}</source>
        <translation>далее с {n}</translation>
    </message>
    <message>
        <source>operating {o:.2f} s</source>
        <translation>учтено в лимите {o:.2f} с</translation>
    </message>
    <message>
        <source>portal: duration {d:.3f} s</source>
        <translation>портал: длительность {d:.3f} с</translation>
    </message>
    <message>
        <source>processing {p:.3f} s</source>
        <translation>обработка {p:.3f} с</translation>
    </message>
    <message>
        <source>retried {n}× ({codes})</source>
        <translation>повторов: {n} ({codes})</translation>
    </message>
    <message>
        <source>total {n}</source>
        <translation>всего {n}</translation>
    </message>
    <message>
        <source>waited {s:.1f} s for the portal&apos;s rate limit</source>
        <translation>ожидание {s:.1f} с из-за лимита запросов портала</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} мс</translation>
    </message>
    <message>
        <source>{path} was not saved: {reason}</source>
        <translation>{path} не сохранён: {reason}</translation>
    </message>
</context>
<context>
    <name>SendChecks</name>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>Send this request?</source>
        <translation>Отправить этот запрос?</translation>
    </message>
    <message>
        <source>Some parameters look wrong:</source>
        <translation>Некоторые параметры выглядят неверно:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Поиск по действиям и клавишам</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Поиск сочетаний клавиш</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Scan a folder for leaked secrets…</source>
        <translation>Поиск утёкших секретов в папке…</translation>
    </message>
</context>
<context>
    <name>UrlBar</name>
    <message>
        <source>Anyone with this URL can read and change your portal&apos;s data. Share it with nobody.</source>
        <translation>Любой, у кого есть этот URL, может читать и изменять данные вашего портала. Никому его не передавайте.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Копировать URL</translation>
    </message>
    <message>
        <source>Copy URL with secret</source>
        <translation>Копировать URL с секретом</translation>
    </message>
    <message>
        <source>Copy the URL, the secret masked (the arrow: with the secret)</source>
        <translation>Скопировать URL со скрытым секретом (стрелка: с секретом)</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Скрыть секрет</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>Не загружено: {reason}</translation>
    </message>
    <message>
        <source>POST body: {body}</source>
        <translation>Тело POST: {body}</translation>
    </message>
    <message>
        <source>Paste a call URL here to load it</source>
        <translation>Вставьте сюда URL вызова, чтобы загрузить его</translation>
    </message>
    <message>
        <source>Sent as GET; the parameters are in the URL.</source>
        <translation>Отправляется как GET; параметры в URL.</translation>
    </message>
    <message>
        <source>Sent as POST, without parameters.</source>
        <translation>Отправляется как POST, без параметров.</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Показать секрет</translation>
    </message>
    <message>
        <source>Show the webhook secret in the URL</source>
        <translation>Показать секретный код вебхука в URL</translation>
    </message>
    <message>
        <source>The call URL, rebuilt on every edit. Paste a call URL here to load it.</source>
        <translation>URL вызова, обновляется при каждом изменении. Вставьте сюда URL вызова, чтобы загрузить его.</translation>
    </message>
</context>
<context>
    <name>WebhookPicker</name>
    <message>
        <source> [this session only]</source>
        <translation> [только в этом сеансе]</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Добавить вебхук</translation>
    </message>
    <message>
        <source>Add webhook…</source>
        <translation>Добавить вебхук…</translation>
    </message>
    <message>
        <source>Connected as {user}; scopes: {scopes}</source>
        <translation>Подключено как {user}; права: {scopes}</translation>
    </message>
    <message>
        <source>Duplicate webhook</source>
        <translation>Дублировать вебхук</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>Хранилище ключей недоступно</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Имя копии:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Заметки…</translation>
    </message>
    <message>
        <source>Paste the new webhook URL (or only the new secret) from Developer resources &gt; Integrations &gt; the webhook &gt; Edit:</source>
        <translation>Вставьте новый URL вебхука (или только новый секретный код) из раздела Разработчикам &gt; Интеграции &gt; вебхук &gt; Редактировать:</translation>
    </message>
    <message>
        <source>Paste the webhook URL from Developer resources &gt; Integrations:</source>
        <translation>Вставьте URL вебхука из раздела Разработчикам &gt; Интеграции:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this webhook, its secret from the keyring and its history?</source>
        <translation>Удалить этот вебхук, его секретный код из хранилища ключей и его историю?</translation>
    </message>
    <message>
        <source>Remove webhook</source>
        <translation>Удалить вебхук</translation>
    </message>
    <message>
        <source>Rename webhook</source>
        <translation>Переименовать вебхук</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Sandbox portal (local demo data)</source>
        <translation>Портал-песочница (локальные демоданные)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Test connection failed: {title} ({code}). {meaning} {action}</source>
        <translation>Проверка подключения не прошла: {title} ({code}). {meaning} {action}</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Обновить секретный код</translation>
    </message>
    <message>
        <source>Update secret…</source>
        <translation>Обновить секретный код…</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Вебхук</translation>
    </message>
    <message>
        <source>Webhook notes</source>
        <translation>Заметки к вебхуку</translation>
    </message>
    <message>
        <source>Webhook…</source>
        <translation>Вебхук…</translation>
    </message>
    <message>
        <source>{problem}

Use this webhook for this session only? Nothing is written to disk; you will paste it again next time.</source>
        <translation>{problem}

Использовать этот вебхук только в этом сеансе? На диск ничего не записывается; в следующий раз его придётся вставить снова.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не хватает обязательных аргументов: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>The method catalogue cannot be read ({reason}): {path}</source>
        <translation>Не удалось прочитать каталог методов ({reason}): {path}</translation>
    </message>
    <message>
        <source>The method catalogue is missing: {path}</source>
        <translation>Каталог методов не найден: {path}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>(none reported)</source>
        <translation>(не сообщаются)</translation>
    </message>
    <message>
        <source>(not recorded in the history: {reason})</source>
        <translation>(не записано в историю: {reason})</translation>
    </message>
    <message>
        <source>(secret unreadable)</source>
        <translation>(секретный код не читается)</translation>
    </message>
    <message>
        <source>(secret, not set on this machine)</source>
        <translation>(секрет, на этой машине не задан)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательный</translation>
    </message>
    <message>
        <source>--csv needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--csv нужен результат-список (строки с полями); {method} вернул другое.</translation>
    </message>
    <message>
        <source>--event-handler {arg!r} is not EVENT[,EVENT...]=URL (for example ONCRMLEADADD=http://127.0.0.1:9000/).</source>
        <translation>--event-handler {arg!r} не в формате СОБЫТИЕ[,СОБЫТИЕ...]=URL (например ONCRMLEADADD=http://127.0.0.1:9000/).</translation>
    </message>
    <message>
        <source>--params-json is not valid JSON: {reason}.</source>
        <translation>--params-json содержит некорректный JSON: {reason}.</translation>
    </message>
    <message>
        <source>--params-json must be a JSON object, like {example}.</source>
        <translation>--params-json должен быть JSON-объектом, например {example}.</translation>
    </message>
    <message>
        <source>--timezone {value!r} is not a UTC offset such as +03:00 or -05:30.</source>
        <translation>--timezone {value!r} — не смещение от UTC вида +03:00 или -05:30.</translation>
    </message>
    <message>
        <source>--xlsx needs a list result (rows of fields); {method} gave something else.</source>
        <translation>--xlsx нужен результат-список (строки с полями); {method} вернул другое.</translation>
    </message>
    <message>
        <source>A process stopped in the middle of {count} change(s) to saved webhooks (a secret in the keyring without its entry, or an entry without its secret). Run b24desk webhooks clean to finish them.</source>
        <translation>Процесс остановился посреди {count} изменени(й) сохранённых вебхуков (секрет в хранилище ключей без записи или запись без секрета). Выполните b24desk webhooks clean, чтобы завершить их.</translation>
    </message>
    <message>
        <source>Bitrix24 REST request builder. Without arguments, opens the desktop app.</source>
        <translation>Конструктор запросов к REST API Битрикс24. Без аргументов открывает приложение.</translation>
    </message>
    <message>
        <source>Busiest methods:</source>
        <translation>Самые частые методы:</translation>
    </message>
    <message>
        <source>Call a method through a webhook; portal errors exit 1 with an explanation.</source>
        <translation>Вызвать метод через вебхук; при ошибке портала код выхода 1 и объяснение.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>Не удалось начать прослушивание на {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не удалось прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <source>Checking events against the application token {masked}.</source>
        <translation>События проверяются по токену приложения {masked}.</translation>
    </message>
    <message>
        <source>Cleared the history of {name!r} ({count} requests).</source>
        <translation>История {name!r} очищена (запросов: {count}).</translation>
    </message>
    <message>
        <source>Connection OK: {portal}, user {user_id} ({person}).</source>
        <translation>Соединение в порядке: {portal}, пользователь {user_id} ({person}).</translation>
    </message>
    <message>
        <source>Control endpoints (/sandbox/faults, /sandbox/events) need the header X-B24desk-Token: {token}</source>
        <translation>Управляющие адреса (/sandbox/faults, /sandbox/events) требуют заголовок X-B24desk-Token: {token}</translation>
    </message>
    <message>
        <source>Did you mean: {names}?</source>
        <translation>Возможно, вы имели в виду: {names}?</translation>
    </message>
    <message>
        <source>Events print here as JSON lines. A cloud portal cannot reach this computer behind NAT: give it a public HTTPS URL (a tunnel you run) that forwards here. Press Ctrl+C to stop.</source>
        <translation>События выводятся здесь строками JSON. Облачный портал не может достучаться до этого компьютера за NAT: укажите ему публичный HTTPS-адрес (запущенный вами туннель), который перенаправляет сюда. Нажмите Ctrl+C, чтобы остановить.</translation>
    </message>
    <message>
        <source>Find Bitrix24 webhook URLs with their secret and outgoing-webhook application tokens in files and folders (plain, URL-encoded, JSON-escaped, base64). Exit status 1 when one is found.</source>
        <translation>Найти URL вебхуков Bitrix24 с секретом и токены приложений исходящих вебхуков в файлах и папках (как есть, в URL-кодировке, с JSON-экранированием, в base64). Код выхода 1, если что-то найдено.</translation>
    </message>
    <message>
        <source>Finished {count} half-done change(s): no orphan secret or entry is left.</source>
        <translation>Завершено незаконченных изменений: {count}; не осталось ни секретов без записи, ни записей без секрета.</translation>
    </message>
    <message>
        <source>HTTPS with the sandbox&apos;s own CA: {path} (trust it with --ca-file {path}, or in your SDK or tool).</source>
        <translation>HTTPS с собственным центром сертификации песочницы: {path} (доверьтесь ему через --ca-file {path} или в своём SDK либо инструменте).</translation>
    </message>
    <message>
        <source>Handler URL: {url}</source>
        <translation>URL обработчика: {url}</translation>
    </message>
    <message>
        <source>JSON lines file of events (&apos;-&apos; for stdin)</source>
        <translation>файл событий в формате JSON lines (&apos;-&apos; — стандартный ввод)</translation>
    </message>
    <message>
        <source>No --token: the events carry their saved, masked token; a handler that checks it answers 401.</source>
        <translation>Нет --token: события содержат сохранённый скрытый токен; обработчик, который его проверяет, ответит 401.</translation>
    </message>
    <message>
        <source>No application token (--token or {env}): events are shown as unchecked, none is rejected.</source>
        <translation>Нет токена приложения (--token или {env}): события показываются как непроверенные, ни одно не отклоняется.</translation>
    </message>
    <message>
        <source>No environments in {root} (b24desk env set ENV NAME VALUE makes one).</source>
        <translation>В {root} нет окружений (b24desk env set ENV NAME VALUE создаст одно).</translation>
    </message>
    <message>
        <source>No method has the scope {scope!r}. Scopes: {scopes}.</source>
        <translation>Нет методов с правами {scope!r}. Права: {scopes}.</translation>
    </message>
    <message>
        <source>No method matches {query!r}.</source>
        <translation>Нет методов по запросу {query!r}.</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>Без параметров.</translation>
    </message>
    <message>
        <source>No recorded request has the id {id}.</source>
        <translation>Нет записанного запроса с id {id}.</translation>
    </message>
    <message>
        <source>No recorded request matches.</source>
        <translation>Ни один записанный запрос не подходит.</translation>
    </message>
    <message>
        <source>No request files (*.b24.json) in {paths}.</source>
        <translation>В {paths} нет файлов запросов (*.b24.json).</translation>
    </message>
    <message>
        <source>No requests recorded for {name!r}.</source>
        <translation>Для {name!r} не записано ни одного запроса.</translation>
    </message>
    <message>
        <source>No saved webhooks yet: add one with b24desk webhooks add NAME URL.</source>
        <translation>Сохранённых вебхуков пока нет: добавьте вебхук командой b24desk webhooks add NAME URL.</translation>
    </message>
    <message>
        <source>No webhook given: pass --webhook URL (or the name of a saved webhook) or set the B24_WEBHOOK environment variable.</source>
        <translation>Вебхук не указан: передайте --webhook URL (или имя сохранённого вебхука) либо задайте переменную окружения B24_WEBHOOK.</translation>
    </message>
    <message>
        <source>Not sent: some parameters look wrong (--no-check sends anyway):</source>
        <translation>Не отправлено: некоторые параметры выглядят неверно (--no-check отправит всё равно):</translation>
    </message>
    <message>
        <source>POST each event saved by `b24desk listen` (or the Events tab) to URL, as the portal would.</source>
        <translation>Отправить каждое событие, сохранённое `b24desk listen` (или вкладкой «События»), на URL так, как это делает портал.</translation>
    </message>
    <message>
        <source>POST these events to URL, e.g. ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (repeatable)</source>
        <translation>отправлять эти события POST-запросом на URL, например ONCRMLEADADD,ONTASKADD=http://127.0.0.1:9000/ (можно повторять)</translation>
    </message>
    <message>
        <source>Parameter {arg!r} is not KEY=VALUE (for example fields[TITLE]=Acme).</source>
        <translation>Параметр {arg!r} не в формате КЛЮЧ=ЗНАЧЕНИЕ (например fields[TITLE]=Acme).</translation>
    </message>
    <message>
        <source>Parameters not in the catalogue: see the documentation page.</source>
        <translation>Параметров нет в каталоге: смотрите страницу документации.</translation>
    </message>
    <message>
        <source>Print a method&apos;s scope, flags, documentation link and parameters.</source>
        <translation>Показать права метода, его признаки, ссылку на документацию и параметры.</translation>
    </message>
    <message>
        <source>Print an outgoing-webhook handler script; it reads the token from ${env}.</source>
        <translation>Вывести скрипт-обработчик исходящего вебхука; токен он берёт из ${env}.</translation>
    </message>
    <message>
        <source>Print code that makes this call. By default it reads the webhook URL from B24_WEBHOOK_URL.</source>
        <translation>Вывести код, который делает этот вызов. По умолчанию он берёт URL вебхука из B24_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Print the portal, user id, secret (masked), method and parameters of a URL.</source>
        <translation>Показать портал, ID пользователя, секретный код (скрытый), метод и параметры URL.</translation>
    </message>
    <message>
        <source>Print the webhook call URL exactly as sent (secret masked unless --reveal).</source>
        <translation>Показать URL вызова через вебхук точно в том виде, в каком он отправляется (секретный код скрыт, если не указан --reveal).</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.add</source>
        <translation>REST-метод, например crm.lead.add</translation>
    </message>
    <message>
        <source>REST method, e.g. crm.lead.list</source>
        <translation>REST-метод, например crm.lead.list</translation>
    </message>
    <message>
        <source>Receive Bitrix24 outgoing-webhook events (POSTs) and print each as a JSON line.</source>
        <translation>Принимать события исходящих вебхуков Битрикс24 (POST-запросы) и выводить каждое строкой JSON.</translation>
    </message>
    <message>
        <source>Removed webhook {name!r}, its secret and its history.</source>
        <translation>Вебхук {name!r}, его секретный код и история удалены.</translation>
    </message>
    <message>
        <source>Renamed webhook {old!r} to {new!r}.</source>
        <translation>Вебхук {old!r} переименован в {new!r}.</translation>
    </message>
    <message>
        <source>Run the sandbox portal; its first line of output is the demo webhook URL.</source>
        <translation>Запустить портал-песочницу; первая строка вывода — URL демо-вебхука.</translation>
    </message>
    <message>
        <source>Runs each request file, and every request file (*.b24.json) under each folder in the tree&apos;s order; prints one line per request: HTTP status, method, time, error code, file.</source>
        <translation>Выполняет каждый файл запроса и все файлы запросов (*.b24.json) в каждой папке в порядке дерева; печатает одну строку на запрос: HTTP-статус, метод, время, код ошибки, файл.</translation>
    </message>
    <message>
        <source>Sandbox portal on {url} with {leads} leads; statistics at {stats}. Press Ctrl+C to stop.</source>
        <translation>Портал-песочница на {url}, лидов: {leads}; статистика: {stats}. Нажмите Ctrl+C, чтобы остановить.</translation>
    </message>
    <message>
        <source>Save webhooks by name; secrets live only in the OS keyring (service b24desk).</source>
        <translation>Сохраняйте вебхуки под именами; секретные коды хранятся только в хранилище ключей ОС (служба b24desk).</translation>
    </message>
    <message>
        <source>Saved webhook {name!r}: {url} (secret in {backend}).</source>
        <translation>Вебхук {name!r} сохранён: {url} (секретный код в {backend}).</translation>
    </message>
    <message>
        <source>Scopes: {scopes}</source>
        <translation>Права: {scopes}</translation>
    </message>
    <message>
        <source>Search the bundled method catalogue by name words, scope and parameter names.</source>
        <translation>Искать во встроенном каталоге методов по словам имени, правам и именам параметров.</translation>
    </message>
    <message>
        <source>Test connection of {name!r} ({portal}) failed:</source>
        <translation>Проверка подключения вебхука {name!r} ({portal}) не прошла:</translation>
    </message>
    <message>
        <source>The answer ({size} bytes) was larger than the history keeps; it was not kept.</source>
        <translation>Ответ ({size} байт) больше, чем хранит история; он не сохранён.</translation>
    </message>
    <message>
        <source>The answer nests too deep to print as indented JSON; use --raw.</source>
        <translation>Ответ вложен слишком глубоко для вывода JSON с отступами; используйте --raw.</translation>
    </message>
    <message>
        <source>The catalogue has no method {name!r}.</source>
        <translation>В каталоге нет метода {name!r}.</translation>
    </message>
    <message>
        <source>The command holds the webhook {webhook} (not written to any file). To keep it: b24desk webhooks add NAME - (then paste the URL).</source>
        <translation>В команде есть вебхук {webhook} (он не записан ни в один файл). Чтобы сохранить его: b24desk webhooks add ИМЯ - (затем вставьте URL).</translation>
    </message>
    <message>
        <source>The data file {path} cannot be used: {reason}.</source>
        <translation>Файл данных {path} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <source>The environment {environment} has no variable {name}.</source>
        <translation>В окружении {environment} нет переменной {name}.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on {host}:{port}: {reason}.</source>
        <translation>Песочница не может слушать {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>The webhook is saved as {name!r}: the request refers to it by that name.</source>
        <translation>Вебхук сохранён как {name!r}: запрос ссылается на него по этому имени.</translation>
    </message>
    <message>
        <source>Then store the new secret here: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>Затем сохраните новый секретный код здесь: b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>Total: {requests} requests, {errors} errors, {total:.0f} ms, {avg:.0f} ms avg</source>
        <translation>Итого: запросов: {requests}, ошибок: {errors}, {total:.0f} мс, в среднем {avg:.0f} мс</translation>
    </message>
    <message>
        <source>Try &apos;{prog} --help&apos;.</source>
        <translation>Справка: &apos;{prog} --help&apos;.</translation>
    </message>
    <message>
        <source>Variables the collection uses (set them in an environment): {names}</source>
        <translation>Переменные, которые использует коллекция (задайте их в окружении): {names}</translation>
    </message>
    <message>
        <source>Warning: listening on {host}, not only on this computer: anyone on the network can post events to it. Keep the token check on (--token or {env}).</source>
        <translation>Внимание: прослушивание на {host}, а не только на этом компьютере: любой в сети может отправлять сюда события. Не отключайте проверку токена (--token или {env}).</translation>
    </message>
    <message>
        <source>Warning: the sandbox listens on {host}, not only on this computer; anyone who can reach it can call it.</source>
        <translation>Внимание: песочница слушает {host}, а не только этот компьютер; вызвать её может любой, кто до неё доберётся.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Записан {path}</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 (on stdout)</source>
        <translation>коллекция Postman v2.1 (в stdout)</translation>
    </message>
    <message>
        <source>a Postman collection v2.1 file</source>
        <translation>файл коллекции Postman v2.1</translation>
    </message>
    <message>
        <source>a cURL command or call URL (- reads it from stdin)</source>
        <translation>команда cURL или URL вызова (- читает из stdin)</translation>
    </message>
    <message>
        <source>a collection&apos;s environments (variables for {{name}})</source>
        <translation>окружения коллекции (переменные для {{name}})</translation>
    </message>
    <message>
        <source>a request file or a collection folder</source>
        <translation>файл запроса или папка коллекции</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s name, &apos;sandbox&apos;, or a webhook URL</source>
        <translation>имя сохранённого вебхука, &apos;sandbox&apos; или URL вебхука</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s request history (newest first)</source>
        <translation>история запросов сохранённого вебхука (новые сверху)</translation>
    </message>
    <message>
        <source>a saved webhook&apos;s statistics over the last 14 days</source>
        <translation>статистика сохранённого вебхука за последние 14 дней</translation>
    </message>
    <message>
        <source>a webhook base URL, a full call URL, or a saved webhook&apos;s name</source>
        <translation>базовый URL вебхука, полный URL вызова или имя сохранённого вебхука</translation>
    </message>
    <message>
        <source>address to bind (default: 127.0.0.1)</source>
        <translation>адрес для прослушивания (по умолчанию 127.0.0.1)</translation>
    </message>
    <message>
        <source>address to bind (default: {host})</source>
        <translation>адрес для прослушивания (по умолчанию: {host})</translation>
    </message>
    <message>
        <source>also accept this Host name (a tunnel&apos;s); loopback names and the bound address always</source>
        <translation>также принимать это имя в Host (например, туннеля); имена loopback и адрес привязки — всегда</translation>
    </message>
    <message>
        <source>also scan the git history of each PATH</source>
        <translation>проверить также историю git каждого PATH</translation>
    </message>
    <message>
        <source>answer plain-HTTP calls 400 INVALID_REQUEST &quot;Https required&quot;, as a cloud portal does</source>
        <translation>отвечать на вызовы по обычному HTTP ошибкой 400 INVALID_REQUEST &quot;Https required&quot;, как облачный портал</translation>
    </message>
    <message>
        <source>application token sent with events (default: random)</source>
        <translation>токен приложения, отправляемый с событиями (по умолчанию случайный)</translation>
    </message>
    <message>
        <source>application token to put in each event (default: ${env})</source>
        <translation>токен приложения, который подставить в каждое событие (по умолчанию: ${env})</translation>
    </message>
    <message>
        <source>at most this many (0: all; default 50)</source>
        <translation>максимальное количество (0 — все; по умолчанию 50)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <source>b24desk: unexpected error ({kind}): {error}</source>
        <translation>b24desk: непредвиденная ошибка ({kind}): {error}</translation>
    </message>
    <message>
        <source>burst the plan allows</source>
        <translation>всплеск, допустимый тарифом</translation>
    </message>
    <message>
        <source>bytes a body may have (default: {size})</source>
        <translation>сколько байт может быть в теле запроса (по умолчанию: {size})</translation>
    </message>
    <message>
        <source>call a REST method and print the result as JSON</source>
        <translation>вызвать REST-метод и вывести результат в JSON</translation>
    </message>
    <message>
        <source>call profile and scope; store the scopes the portal reports</source>
        <translation>вызвать profile и scope; сохранить права, которые сообщит портал</translation>
    </message>
    <message>
        <source>delete a saved webhook, its keyring secret and its history</source>
        <translation>удалить сохранённый вебхук, его секретный код из хранилища ключей и его историю</translation>
    </message>
    <message>
        <source>delete the whole history of this webhook</source>
        <translation>удалить всю историю этого вебхука</translation>
    </message>
    <message>
        <source>demo webhook scopes (default: {scopes})</source>
        <translation>права демо-вебхука (по умолчанию {scopes})</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>устарел</translation>
    </message>
    <message>
        <source>e.g. fields[TITLE]=Acme</source>
        <translation>например fields[TITLE]=Acme</translation>
    </message>
    <message>
        <source>e.g. filter[&gt;ID]=10</source>
        <translation>например filter[&gt;ID]=10</translation>
    </message>
    <message>
        <source>environments and their variables (secrets masked)</source>
        <translation>окружения и их переменные (секреты скрыты)</translation>
    </message>
    <message>
        <source>every row of a list method (as few requests as possible)</source>
        <translation>все строки списочного метода (за минимум запросов)</translation>
    </message>
    <message>
        <source>files or folders to scan</source>
        <translation>файлы или папки для проверки</translation>
    </message>
    <message>
        <source>find Bitrix24 webhook secrets and application tokens in files</source>
        <translation>найти секреты вебхуков Bitrix24 и токены приложений в файлах</translation>
    </message>
    <message>
        <source>finish changes a killed process left half done (keyring and settings)</source>
        <translation>завершить изменения, оставленные прерванным процессом (хранилище ключей и настройки)</translation>
    </message>
    <message>
        <source>free text kept with the entry</source>
        <translation>произвольный текст, который хранится вместе с записью</translation>
    </message>
    <message>
        <source>how many leads to seed (default: {seed})</source>
        <translation>сколько лидов создать (по умолчанию {seed})</translation>
    </message>
    <message>
        <source>how many requests to show (default 50)</source>
        <translation>сколько запросов показать (по умолчанию 50)</translation>
    </message>
    <message>
        <source>keep the data in this SQLite file</source>
        <translation>хранить данные в этом файле SQLite</translation>
    </message>
    <message>
        <source>keep the value in the system keyring, not the folder</source>
        <translation>хранить значение в системном хранилище ключей, а не в папке</translation>
    </message>
    <message>
        <source>language (default php)</source>
        <translation>язык (по умолчанию php)</translation>
    </message>
    <message>
        <source>largest answer to read, decoded, in MiB (default 64)</source>
        <translation>наибольший размер ответа после распаковки, в МиБ (по умолчанию 64)</translation>
    </message>
    <message>
        <source>leave out files or folders matching GLOB (repeatable)</source>
        <translation>пропустить файлы или папки, подходящие под GLOB (можно повторять)</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>list REST methods matching a query (offline catalogue)</source>
        <translation>список REST-методов по запросу (офлайн-каталог)</translation>
    </message>
    <message>
        <source>list saved webhooks (secrets masked)</source>
        <translation>список сохранённых вебхуков (секретные коды скрыты)</translation>
    </message>
    <message>
        <source>loop over every page of a list method</source>
        <translation>пройти по всем страницам списочного метода</translation>
    </message>
    <message>
        <source>mark what this webhook (URL or saved name) may call</source>
        <translation>отметить, что может вызывать этот вебхук (URL или сохранённое имя)</translation>
    </message>
    <message>
        <source>nested too deep</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>no webhook: the request names none; pass --webhook NAME_OR_URL or set B24_WEBHOOK</source>
        <translation>нет вебхука: запрос его не указывает; передайте --webhook ИМЯ_ИЛИ_URL или задайте B24_WEBHOOK</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>not served by this portal</source>
        <translation>этот портал не обслуживает</translation>
    </message>
    <message>
        <source>only calls that failed</source>
        <translation>только неудачные вызовы</translation>
    </message>
    <message>
        <source>only calls that succeeded</source>
        <translation>только успешные вызовы</translation>
    </message>
    <message>
        <source>only methods of this scope, e.g. crm</source>
        <translation>только методы с этими правами, например crm</translation>
    </message>
    <message>
        <source>or - to read it from standard input (keeps the secret out of the shell history)</source>
        <translation>или -, чтобы прочитать его из стандартного ввода (секретный код не попадёт в историю оболочки)</translation>
    </message>
    <message>
        <source>parameters as a JSON object</source>
        <translation>параметры в виде JSON-объекта</translation>
    </message>
    <message>
        <source>part of the method name</source>
        <translation>часть имени метода</translation>
    </message>
    <message>
        <source>php or python</source>
        <translation>php или python</translation>
    </message>
    <message>
        <source>port (default: a free one)</source>
        <translation>порт (по умолчанию свободный)</translation>
    </message>
    <message>
        <source>port (default: {port}; 0: a free one)</source>
        <translation>порт (по умолчанию: {port}; 0 — любой свободный)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>вывести JSON вместо строк</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>вывести JSON вместо текста</translation>
    </message>
    <message>
        <source>print a PHP or Python event handler that verifies the token and decodes the event</source>
        <translation>вывести обработчик событий на PHP или Python, который проверяет токен и разбирает событие</translation>
    </message>
    <message>
        <source>print a list result as CSV; &apos;excel&apos;: with a byte order mark and the locale&apos;s separator (;)</source>
        <translation>вывести результат-список как CSV; &apos;excel&apos;: с меткой порядка байтов и разделителем локали (;)</translation>
    </message>
    <message>
        <source>print a method&apos;s parameters (offline catalogue)</source>
        <translation>показать параметры метода (офлайн-каталог)</translation>
    </message>
    <message>
        <source>print one call&apos;s request file and kept answer</source>
        <translation>вывести файл запроса и сохранённый ответ одного вызова</translation>
    </message>
    <message>
        <source>print the call URL for a method and parameters</source>
        <translation>вывести URL вызова для метода и параметров</translation>
    </message>
    <message>
        <source>print the call as PHP, Python, JavaScript, Go or cURL code</source>
        <translation>вывести вызов в виде кода на PHP, Python, JavaScript, Go или cURL</translation>
    </message>
    <message>
        <source>print the findings as JSON</source>
        <translation>вывести находки в JSON</translation>
    </message>
    <message>
        <source>print the whole answer, not only `result`</source>
        <translation>вывести весь ответ, а не только `result`</translation>
    </message>
    <message>
        <source>receive outgoing-webhook events and print them as JSON lines</source>
        <translation>принимать события исходящих вебхуков и выводить их строками JSON</translation>
    </message>
    <message>
        <source>remove a variable (and its keyring entry)</source>
        <translation>удалить переменную (и её запись в хранилище ключей)</translation>
    </message>
    <message>
        <source>rename a saved webhook (history is kept)</source>
        <translation>переименовать сохранённый вебхук (история сохраняется)</translation>
    </message>
    <message>
        <source>requests a second per sender address (default: {rate:g})</source>
        <translation>запросов в секунду с одного адреса отправителя (по умолчанию: {rate:g})</translation>
    </message>
    <message>
        <source>requests before QUERY_LIMIT_EXCEEDED (default: 50)</source>
        <translation>запросов до QUERY_LIMIT_EXCEEDED (по умолчанию 50)</translation>
    </message>
    <message>
        <source>requests per second drained (default: 2)</source>
        <translation>запросов в секунду восстанавливается (по умолчанию 2)</translation>
    </message>
    <message>
        <source>requests per second the plan allows</source>
        <translation>запросов в секунду, допустимых тарифом</translation>
    </message>
    <message>
        <source>retried {count} time(s) after {codes}</source>
        <translation>повторных попыток: {count}, после {codes}</translation>
    </message>
    <message>
        <source>run a local Bitrix24-compatible portal (for the demo and tests)</source>
        <translation>запустить локальный портал, совместимый с Битрикс24 (для демо и тестов)</translation>
    </message>
    <message>
        <source>run request files or collection folders in order (exit 1 if any failed)</source>
        <translation>выполнить файлы запросов или папки коллекций по порядку (код 1, если что-то не удалось)</translation>
    </message>
    <message>
        <source>save a webhook under a name</source>
        <translation>сохранить вебхук под именем</translation>
    </message>
    <message>
        <source>saved webhooks (secrets in the OS keyring)</source>
        <translation>сохранённые вебхуки (секретные коды — в хранилище ключей ОС)</translation>
    </message>
    <message>
        <source>scope: {scopes}</source>
        <translation>права: {scopes}</translation>
    </message>
    <message>
        <source>search the history of every call (saved, pasted and sandbox webhooks)</source>
        <translation>поиск в истории всех вызовов (сохранённые, вставленные вебхуки и песочница)</translation>
    </message>
    <message>
        <source>seconds each call may take in all, and the read timeout (default 60)</source>
        <translation>сколько секунд может занять каждый вызов целиком, и таймаут чтения (по умолчанию 60)</translation>
    </message>
    <message>
        <source>seconds per call (default 15)</source>
        <translation>секунд на вызов (по умолчанию 15)</translation>
    </message>
    <message>
        <source>seconds per method per 10 minutes</source>
        <translation>секунд на метод за 10 минут</translation>
    </message>
    <message>
        <source>send as GET with the query in the URL</source>
        <translation>отправить как GET с параметрами в URL</translation>
    </message>
    <message>
        <source>send even when required parameters are empty or values do not fit their types</source>
        <translation>отправить, даже если обязательные параметры пусты или значения не подходят к их типам</translation>
    </message>
    <message>
        <source>send saved events (JSON lines from `listen`) to a handler URL</source>
        <translation>отправить сохранённые события (строки JSON от `listen`) на URL обработчика</translation>
    </message>
    <message>
        <source>serve HTTPS with a local CA made on first use (its path is printed)</source>
        <translation>работать по HTTPS с локальным центром сертификации, созданным при первом запуске (путь к нему выводится)</translation>
    </message>
    <message>
        <source>set a variable (- reads the value from stdin)</source>
        <translation>задать переменную (- читает значение из stdin)</translation>
    </message>
    <message>
        <source>show or change a saved webhook&apos;s notes</source>
        <translation>показать или изменить заметки сохранённого вебхука</translation>
    </message>
    <message>
        <source>show the secret in full</source>
        <translation>показать секретный код полностью</translation>
    </message>
    <message>
        <source>simulated seconds each call costs (default: measured)</source>
        <translation>сколько секунд условно стоит каждый вызов (по умолчанию измеряется)</translation>
    </message>
    <message>
        <source>skip files larger than this (default 20 MB)</source>
        <translation>пропускать файлы больше этого размера (по умолчанию 20 МБ)</translation>
    </message>
    <message>
        <source>take a webhook URL apart (JSON)</source>
        <translation>разобрать URL вебхука на части (JSON)</translation>
    </message>
    <message>
        <source>text in the parameters</source>
        <translation>текст в параметрах</translation>
    </message>
    <message>
        <source>the collection folder</source>
        <translation>папка коллекции</translation>
    </message>
    <message>
        <source>the collection folder (default: the one holding the current folder)</source>
        <translation>папка коллекции (по умолчанию — та, что содержит текущую папку)</translation>
    </message>
    <message>
        <source>the collection&apos;s name (default: the folder&apos;s)</source>
        <translation>имя коллекции (по умолчанию — имя папки)</translation>
    </message>
    <message>
        <source>the command, quoted as one argument, or -</source>
        <translation>команда в кавычках одним аргументом, или -</translation>
    </message>
    <message>
        <source>the demo webhook secret (default: random for each run)</source>
        <translation>секретный код демо-вебхука (по умолчанию случайный при каждом запуске)</translation>
    </message>
    <message>
        <source>the environment whose variables to use</source>
        <translation>окружение, чьи переменные использовать</translation>
    </message>
    <message>
        <source>the handler to send them to</source>
        <translation>обработчик, которому их отправить</translation>
    </message>
    <message>
        <source>the new notes (without it: print them)</source>
        <translation>новые заметки (без них — вывести текущие)</translation>
    </message>
    <message>
        <source>the new webhook URL or secret, {stdin}</source>
        <translation>новый URL вебхука или секретный код, {stdin}</translation>
    </message>
    <message>
        <source>the outgoing webhook&apos;s application token (default: ${env})</source>
        <translation>токен приложения исходящего вебхука (по умолчанию: ${env})</translation>
    </message>
    <message>
        <source>the portal&apos;s UTC offset in every date it answers (default: {offset})</source>
        <translation>смещение портала от UTC во всех датах ответов (по умолчанию: {offset})</translation>
    </message>
    <message>
        <source>the request&apos;s name (default: the method)</source>
        <translation>имя запроса (по умолчанию — метод)</translation>
    </message>
    <message>
        <source>this HTTP status</source>
        <translation>этот HTTP-статус</translation>
    </message>
    <message>
        <source>this error code</source>
        <translation>этот код ошибки</translation>
    </message>
    <message>
        <source>trust this CA (on-premise portal)</source>
        <translation>доверять этому CA (коробочный портал)</translation>
    </message>
    <message>
        <source>turn a cURL command or a Postman collection into request files</source>
        <translation>превратить команду cURL или коллекцию Postman в файлы запросов</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>неизвестные аргументы: {arguments}</translation>
    </message>
    <message>
        <source>update the secret after the portal regenerated it</source>
        <translation>обновить секретный код после того, как портал его перевыпустил</translation>
    </message>
    <message>
        <source>waited {seconds:.1f} s for the portal&apos;s rate limit</source>
        <translation>ожидание {seconds:.1f} с из-за лимита запросов портала</translation>
    </message>
    <message>
        <source>warning: the snippet holds the webhook secret; Bitrix24 blocks a webhook whose secret is found in public.</source>
        <translation>внимание: фрагмент кода содержит секретный код вебхука; Битрикс24 блокирует вебхук, секретный код которого оказался в открытом доступе.</translation>
    </message>
    <message>
        <source>webhook URL (default: $B24_WEBHOOK)</source>
        <translation>URL вебхука (по умолчанию $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL in any form `parse` reads, {stdin}</source>
        <translation>URL вебхука в любом виде, который понимает `parse`, {stdin}</translation>
    </message>
    <message>
        <source>webhook URL or saved webhook name (default: $B24_WEBHOOK)</source>
        <translation>URL вебхука или имя сохранённого вебхука (по умолчанию $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>webhook URL, only needed with --embed-secret (default: $B24_WEBHOOK)</source>
        <translation>URL вебхука, нужен только с --embed-secret (по умолчанию $B24_WEBHOOK)</translation>
    </message>
    <message>
        <source>words of the name or a parameter: lead add, crm.deal., TITLE</source>
        <translation>слова из имени или параметр: lead add, crm.deal., TITLE</translation>
    </message>
    <message>
        <source>write a collection folder in another format</source>
        <translation>записать папку коллекции в другом формате</translation>
    </message>
    <message>
        <source>write a list result to an Excel workbook FILE (numbers as numbers)</source>
        <translation>записать результат-список в книгу Excel FILE (числа — числами)</translation>
    </message>
    <message>
        <source>write a request file into this folder</source>
        <translation>записать файл запроса в эту папку</translation>
    </message>
    <message>
        <source>write the real webhook URL into the code</source>
        <translation>записать настоящий URL вебхука в код</translation>
    </message>
    <message>
        <source>{count} requests, {failed} failed, {ms:.0f} ms</source>
        <translation>запросов: {count}, неудачных: {failed}, {ms:.0f} мс</translation>
    </message>
    <message>
        <source>{fetched} of {total} rows, {requests} requests</source>
        <translation>строк: {fetched} из {total}, запросов: {requests}</translation>
    </message>
    <message>
        <source>{flag} must be a positive number.</source>
        <translation>{flag} должен быть положительным числом.</translation>
    </message>
    <message>
        <source>{not_saved} (b24desk webhooks list shows them.) Nor is it a webhook URL: {not_url}</source>
        <translation>{not_saved} (их показывает b24desk webhooks list.) И это не URL вебхука: {not_url}</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>Не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} не записан: {reason}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not a saved event ({reason}).</source>
        <translation>{path}: строка {line} не является сохранённым событием ({reason}).</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: нет такого файла или папки</translation>
    </message>
    <message>
        <source>{rows} rows written to {path}</source>
        <translation>Строк записано в {path}: {rows}</translation>
    </message>
    <message>
        <source>{url} is not an http:// or https:// URL.</source>
        <translation>{url} не является URL вида http:// или https://.</translation>
    </message>
    <message>
        <source>{value!r} is not a number above 0</source>
        <translation>{value!r} — не число больше 0</translation>
    </message>
    <message>
        <source>{value!r} is not a port (0 to 65535; 0: a free one)</source>
        <translation>{value!r} — не порт (от 0 до 65535; 0 — любой свободный)</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number above 0</source>
        <translation>{value!r} — не целое число больше 0</translation>
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
        <translation>Файл CA {path} нельзя использовать ({detail}); укажите PEM-файл с сертификатом CA портала.</translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON (HTTP {status})</source>
        <translation>вместо JSON пришла HTML-страница (HTTP {status})</translation>
    </message>
    <message>
        <source>the JSON has neither &apos;result&apos; nor &apos;error&apos;</source>
        <translation>в JSON нет ни &apos;result&apos;, ни &apos;error&apos;</translation>
    </message>
    <message>
        <source>the JSON holds a number too large to read exactly (over 4,300 digits, or past 1.8e308)</source>
        <translation>JSON содержит число, слишком большое для точного чтения (более 4 300 цифр или больше 1.8e308)</translation>
    </message>
    <message>
        <source>the JSON is cut off or malformed at character {pos}</source>
        <translation>JSON обрезан или повреждён на символе {pos}</translation>
    </message>
    <message>
        <source>the JSON nests deeper than {depth} levels; b24desk does not read it</source>
        <translation>вложенность JSON глубже {depth} уровней; b24desk его не читает</translation>
    </message>
    <message>
        <source>the answer is empty (HTTP {status})</source>
        <translation>ответ пустой (HTTP {status})</translation>
    </message>
    <message>
        <source>the answer is larger than {limit} MiB; b24desk stopped reading it (the limit is a client option)</source>
        <translation>ответ больше {limit} МиБ; b24desk прекратил чтение (предел задаётся в параметрах клиента)</translation>
    </message>
    <message>
        <source>the compressed answer is damaged ({detail})</source>
        <translation>сжатый ответ повреждён ({detail})</translation>
    </message>
    <message>
        <source>the compressed answer unpacks to more than {limit} MiB; b24desk stopped unpacking it (a decompression bomb, or an answer past the limit set in the client options)</source>
        <translation>сжатый ответ распаковывается больше чем в {limit} МиБ; b24desk прекратил распаковку (бомба распаковки или ответ больше предела из параметров клиента)</translation>
    </message>
    <message>
        <source>the portal moved to {location} (HTTP {status})</source>
        <translation>портал переехал на {location} (HTTP {status})</translation>
    </message>
    <message>
        <source>the portal&apos;s TLS certificate was not accepted ({detail}); for an on-premise portal with its own certificate authority, give b24desk that CA file</source>
        <translation>TLS-сертификат портала не принят ({detail}); для коробочного портала со своим центром сертификации укажите b24desk файл этого CA</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{seconds:g} s</source>
        <translation>{seconds:g} с</translation>
    </message>
    <message>
        <source>{seconds:g} s (the deadline for the whole call)</source>
        <translation>{seconds:g} с (предельное время всего вызова)</translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <source>&apos;{name}&apos; cannot be a name here: use letters, digits, spaces, dots, - and _ (no / or \).</source>
        <translation>&apos;{name}&apos; не может быть именем: используйте буквы, цифры, пробелы, точки, - и _ (без / и \).</translation>
    </message>
    <message>
        <source>A folder cannot be moved into itself.</source>
        <translation>Папку нельзя переместить в саму себя.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>{path} does not exist (renamed or deleted outside b24desk?).</source>
        <translation>{path} не существует (переименован или удалён вне b24desk?).</translation>
    </message>
    <message>
        <source>{path} is not inside the collection {root}.</source>
        <translation>{path} не находится внутри коллекции {root}.</translation>
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
        <translation>Команда curl не найдена: вставьте команду, которая начинается с curl.</translation>
    </message>
    <message>
        <source>The JSON body is not a JSON object: {reason}</source>
        <translation>Тело JSON не является объектом JSON: {reason}</translation>
    </message>
    <message>
        <source>The URL {url} names no REST method (it should end in /METHOD.json, e.g. /crm.lead.list.json).</source>
        <translation>URL {url} не называет метод REST (он должен заканчиваться на /METHOD.json, например /crm.lead.list.json).</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>В команде curl нет URL.</translation>
    </message>
    <message>
        <source>The curl option {option} is not one b24desk reads; remove it and paste again.</source>
        <translation>Параметр curl {option} b24desk не читает; удалите его и вставьте снова.</translation>
    </message>
    <message>
        <source>The curl option {option} needs a value.</source>
        <translation>Параметру curl {option} нужно значение.</translation>
    </message>
    <message>
        <source>{option} {value}: b24desk does not read files named in a command; paste the values instead.</source>
        <translation>{option} {value}: b24desk не читает файлы, названные в команде; вставьте сами значения.</translation>
    </message>
</context>
<context>
    <name>environment</name>
    <message>
        <source>&apos;{name}&apos; cannot be a variable name: start with a letter or _, then letters, digits, _ . -</source>
        <translation>&apos;{name}&apos; не может быть именем переменной: начните с буквы или _, далее буквы, цифры, _ . -</translation>
    </message>
    <message>
        <source>There is no environment {name!r} in {root} (environments: {known}).</source>
        <translation>В {root} нет окружения {name!r} (окружения: {known}).</translation>
    </message>
    <message>
        <source>{name} holds a webhook URL, whose secret must not be written in the folder: mark {name} as secret.</source>
        <translation>{name} содержит URL вебхука, секрет которого нельзя записывать в папку: отметьте {name} как секретную.</translation>
    </message>
    <message>
        <source>{path} is not a b24desk environment: {reason}</source>
        <translation>{path} не является окружением b24desk: {reason}</translation>
    </message>
</context>
<context>
    <name>explanations</name>
    <message>
        <source>A batch may hold at most 50 commands.</source>
        <translation>В одном batch может быть не больше 50 команд.</translation>
    </message>
    <message>
        <source>A parameter is missing or wrong</source>
        <translation>Параметр отсутствует или указан неверно</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <source>Ask for less per call (fewer fields in select, a narrower filter, &apos;Fetch all pages&apos;), or raise the answer size limit (CLI: --max-body).</source>
        <translation>Запрашивайте меньше за вызов (меньше полей в select, более узкий фильтр, «Получить все страницы») или поднимите предел размера ответа (CLI: --max-body).</translation>
    </message>
    <message>
        <source>Ask the portal administrator to give this user access.</source>
        <translation>Попросите администратора портала дать этому пользователю доступ.</translation>
    </message>
    <message>
        <source>Bitrix24 blocked this portal&apos;s REST API manually after heavy load.</source>
        <translation>Битрикс24 вручную заблокировал REST API этого портала из-за высокой нагрузки.</translation>
    </message>
    <message>
        <source>Call this method from a Bitrix24 application (OAuth), not through a webhook.</source>
        <translation>Вызывайте этот метод из приложения Битрикс24 (OAuth), а не через вебхук.</translation>
    </message>
    <message>
        <source>Call this method on its own.</source>
        <translation>Вызовите этот метод отдельно.</translation>
    </message>
    <message>
        <source>Calls to this method took too much server time in the last 10 minutes, so the portal blocks it for a while. Other methods still work.</source>
        <translation>Вызовы этого метода за последние 10 минут заняли слишком много серверного времени, поэтому портал временно его блокирует. Другие методы работают.</translation>
    </message>
    <message>
        <source>Change the webhook URL to start with https://.</source>
        <translation>Измените URL вебхука, чтобы он начинался с https://.</translation>
    </message>
    <message>
        <source>Check that the address points to a Bitrix24 portal; look at the raw answer. Try again if the answer was cut off.</source>
        <translation>Проверьте, что адрес ведёт на портал Битрикс24; посмотрите исходный ответ. Если ответ оборвался, повторите попытку.</translation>
    </message>
    <message>
        <source>Check the ID.</source>
        <translation>Проверьте ID.</translation>
    </message>
    <message>
        <source>Check the address, your network, a proxy or VPN, and the portal&apos;s certificate.</source>
        <translation>Проверьте адрес, сеть, прокси или VPN и сертификат портала.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation.</source>
        <translation>Сверьте параметры с документацией метода.</translation>
    </message>
    <message>
        <source>Check the parameters against the method&apos;s documentation; often an ID does not exist.</source>
        <translation>Сверьте параметры с документацией метода; часто указанного ID не существует.</translation>
    </message>
    <message>
        <source>Check the portal address.</source>
        <translation>Проверьте адрес портала.</translation>
    </message>
    <message>
        <source>Check the portal&apos;s plan (the REST API needs a commercial plan or a trial) and the user&apos;s access rights.</source>
        <translation>Проверьте тариф портала (REST API работает на коммерческом тарифе или в пробном периоде) и права доступа пользователя.</translation>
    </message>
    <message>
        <source>Check the required parameters (marked *) and their types in the grid.</source>
        <translation>Проверьте обязательные параметры (отмечены *) и их типы в таблице.</translation>
    </message>
    <message>
        <source>Check the spelling in the method browser, or pick the method from the list.</source>
        <translation>Проверьте написание в списке методов или выберите метод из списка.</translation>
    </message>
    <message>
        <source>Cloud portals accept REST calls only over https://.</source>
        <translation>Облачные порталы принимают REST-вызовы только по https://.</translation>
    </message>
    <message>
        <source>Copy the webhook URL again from the portal&apos;s {integrations} and paste it here.</source>
        <translation>Скопируйте URL вебхука ещё раз в разделе портала {integrations} и вставьте его сюда.</translation>
    </message>
    <message>
        <source>Developer resources &gt; Integrations</source>
        <translation>Разработчикам &gt; Интеграции</translation>
    </message>
    <message>
        <source>Fetching every page stopped</source>
        <translation>Получение всех страниц остановлено</translation>
    </message>
    <message>
        <source>If the new address is the portal&apos;s, save the webhook again with it; otherwise check it.</source>
        <translation>Если новый адрес — адрес портала, сохраните вебхук заново с ним; иначе проверьте его.</translation>
    </message>
    <message>
        <source>In the portal&apos;s {integrations}, edit the webhook, tick the permission this method needs, and save. The secret stays the same.</source>
        <translation>В разделе портала {integrations} откройте вебхук, отметьте права, нужные этому методу, и сохраните. Секретный код не изменится.</translation>
    </message>
    <message>
        <source>Nested batches and file uploads or downloads are not allowed in a batch.</source>
        <translation>Вложенные batch, загрузка и скачивание файлов внутри batch не допускаются.</translation>
    </message>
    <message>
        <source>No answer within {detail}.</source>
        <translation>Нет ответа в течение {detail}.</translation>
    </message>
    <message>
        <source>No connection: {detail}</source>
        <translation>Нет соединения: {detail}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>OAuth tokens of applications live one hour; webhooks do not use them.</source>
        <translation>OAuth-токены приложений действуют один час; вебхуки их не используют.</translation>
    </message>
    <message>
        <source>Only Bitrix24 support can lift this block; contact them.</source>
        <translation>Снять блокировку может только поддержка Битрикс24; обратитесь к ней.</translation>
    </message>
    <message>
        <source>Open the portal&apos;s {integrations}, edit the webhook, regenerate its secret, and store the new secret with {update_secret}. Update it in every other program that uses it too.</source>
        <translation>Откройте на портале {integrations}, измените вебхук, сгенерируйте новый секрет и сохраните его здесь: {update_secret}. Обновите его и во всех других программах, которые его используют.</translation>
    </message>
    <message>
        <source>Read the portal&apos;s message; often an ID does not exist or a value is invalid.</source>
        <translation>Прочитайте сообщение портала; часто указанного ID не существует или значение недопустимо.</translation>
    </message>
    <message>
        <source>Run the call without &apos;Fetch all pages&apos; and look at what the portal sends for start=50.</source>
        <translation>Выполните вызов без «Получить все страницы» и посмотрите, что портал отдаёт для start=50.</translation>
    </message>
    <message>
        <source>Some methods work only for installed applications, not for webhooks.</source>
        <translation>Некоторые методы работают только в установленных приложениях, а не через вебхуки.</translation>
    </message>
    <message>
        <source>Something failed on the portal&apos;s side.</source>
        <translation>Что-то сломалось на стороне портала.</translation>
    </message>
    <message>
        <source>Split the batch; b24desk&apos;s batch splits long lists for you.</source>
        <translation>Разделите batch; batch в b24desk сам делит длинные списки.</translation>
    </message>
    <message>
        <source>The REST API is not available on this portal&apos;s plan, or the webhook&apos;s user has no access to this data.</source>
        <translation>REST API недоступен на тарифе этого портала, или у пользователя вебхука нет доступа к этим данным.</translation>
    </message>
    <message>
        <source>The access token expired</source>
        <translation>Срок действия токена доступа истёк</translation>
    </message>
    <message>
        <source>The access token is not valid</source>
        <translation>Токен доступа недействителен</translation>
    </message>
    <message>
        <source>The answer is an error page, not a Bitrix24 answer: the portal or a proxy in front of it is failing or overloaded.</source>
        <translation>Ответ — страница ошибки, а не ответ Битрикс24: портал или прокси перед ним сбоит или перегружен.</translation>
    </message>
    <message>
        <source>The answer is not a Bitrix24 answer</source>
        <translation>Это не ответ Битрикс24</translation>
    </message>
    <message>
        <source>The answer is too large</source>
        <translation>Ответ слишком большой</translation>
    </message>
    <message>
        <source>The application is limited to other users</source>
        <translation>Приложение доступно только другим пользователям</translation>
    </message>
    <message>
        <source>The method belongs to a permission (scope) that the webhook was not given.</source>
        <translation>Метод относится к правам (scope), которые не выданы вебхуку.</translation>
    </message>
    <message>
        <source>The method did not accept the parameters: {description}</source>
        <translation>Метод не принял параметры: {description}</translation>
    </message>
    <message>
        <source>The method name is misspelled, belongs to a module this portal does not have, or exists only in a newer version of Bitrix24.</source>
        <translation>Имя метода написано с ошибкой, метод относится к модулю, которого нет на этом портале, или есть только в более новой версии Битрикс24.</translation>
    </message>
    <message>
        <source>The method refused the request</source>
        <translation>Метод отклонил запрос</translation>
    </message>
    <message>
        <source>The method reported an error</source>
        <translation>Метод вернул ошибку</translation>
    </message>
    <message>
        <source>The pages did not move through the list: {detail}.</source>
        <translation>Страницы не продвигались по списку: {detail}.</translation>
    </message>
    <message>
        <source>The portal allows about 2 requests per second (more on Enterprise plans) after a short burst, and refused this one.</source>
        <translation>Портал допускает около 2 запросов в секунду (больше на тарифах Энтерпрайз) после короткого всплеска и отклонил этот запрос.</translation>
    </message>
    <message>
        <source>The portal allows this application only for certain users.</source>
        <translation>Портал разрешает это приложение только некоторым пользователям.</translation>
    </message>
    <message>
        <source>The portal blocked REST calls for overload</source>
        <translation>Портал заблокировал REST-вызовы из-за перегрузки</translation>
    </message>
    <message>
        <source>The portal could not be reached</source>
        <translation>Не удалось связаться с порталом</translation>
    </message>
    <message>
        <source>The portal could not do what was asked: {description}</source>
        <translation>Портал не смог выполнить запрошенное: {description}</translation>
    </message>
    <message>
        <source>The portal did not answer in time</source>
        <translation>Портал не ответил вовремя</translation>
    </message>
    <message>
        <source>The portal did not recognise the webhook</source>
        <translation>Портал не распознал вебхук</translation>
    </message>
    <message>
        <source>The portal had an internal error</source>
        <translation>Внутренняя ошибка портала</translation>
    </message>
    <message>
        <source>The portal has no such method</source>
        <translation>На портале нет такого метода</translation>
    </message>
    <message>
        <source>The portal is gone</source>
        <translation>Портал недоступен</translation>
    </message>
    <message>
        <source>The portal moved</source>
        <translation>Портал переехал</translation>
    </message>
    <message>
        <source>The portal refused this webhook</source>
        <translation>Портал отклонил этот вебхук</translation>
    </message>
    <message>
        <source>The portal reported {code}</source>
        <translation>Портал вернул ошибку {code}</translation>
    </message>
    <message>
        <source>The portal requires HTTPS</source>
        <translation>Портал требует HTTPS</translation>
    </message>
    <message>
        <source>The portal says: {description}</source>
        <translation>Портал сообщает: {description}</translation>
    </message>
    <message>
        <source>The portal sent something that is not the expected JSON (an HTML page or a cut-off answer): {detail}</source>
        <translation>Портал прислал не тот JSON, который ожидался (HTML-страницу или оборванный ответ): {detail}</translation>
    </message>
    <message>
        <source>The portal was deleted, or its public part is closed.</source>
        <translation>Портал удалён или его публичная часть закрыта.</translation>
    </message>
    <message>
        <source>The record does not exist (or you cannot see it): {description}</source>
        <translation>Запись не существует (или недоступна вам): {description}</translation>
    </message>
    <message>
        <source>The server answered with HTTP {status}</source>
        <translation>Сервер ответил HTTP {status}</translation>
    </message>
    <message>
        <source>The server answered: {detail}. b24desk does not follow redirects.</source>
        <translation>Сервер ответил: {detail}. b24desk не следует перенаправлениям.</translation>
    </message>
    <message>
        <source>The token is wrong or was revoked.</source>
        <translation>Токен неверный или был отозван.</translation>
    </message>
    <message>
        <source>The user id or the secret in the URL is wrong.</source>
        <translation>ID пользователя или секретный код в URL неверны.</translation>
    </message>
    <message>
        <source>The webhook was deleted, its secret was regenerated, the portal blocked it because the secret was found in public, or the user who made it lacks the rights for this call.</source>
        <translation>Вебхук удалён, его секретный код сгенерирован заново, портал заблокировал его, потому что секретный код оказался в открытом доступе, или у создавшего его пользователя нет прав на этот вызов.</translation>
    </message>
    <message>
        <source>This method cannot run inside a batch</source>
        <translation>Этот метод нельзя вызывать внутри batch</translation>
    </message>
    <message>
        <source>This method needs an application</source>
        <translation>Этому методу нужно приложение</translation>
    </message>
    <message>
        <source>This method used up its time budget</source>
        <translation>Метод исчерпал лимит времени выполнения</translation>
    </message>
    <message>
        <source>This webhook may not call this method</source>
        <translation>Этому вебхуку нельзя вызывать этот метод</translation>
    </message>
    <message>
        <source>Too many commands in one batch</source>
        <translation>Слишком много команд в одном batch</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <source>Try again in a minute. If it repeats, check the portal address.</source>
        <translation>Повторите через минуту. Если ошибка повторится, проверьте адрес портала.</translation>
    </message>
    <message>
        <source>Try again in a minute; if it persists, contact the portal&apos;s administrator.</source>
        <translation>Повторите через минуту; если ошибка не пройдёт, обратитесь к администратору портала.</translation>
    </message>
    <message>
        <source>Try again; for big lists ask for fewer fields or use &apos;Fetch all pages&apos;, which fetches in small pieces.</source>
        <translation>Повторите попытку; для больших списков запрашивайте меньше полей или используйте «Загрузить все страницы» — загрузка пойдёт небольшими частями.</translation>
    </message>
    <message>
        <source>Update secret… (the button below, or the Webhook… menu)</source>
        <translation>«Обновить секретный код…» (кнопка ниже или меню «Вебхук…»)</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL from the portal&apos;s {integrations}.</source>
        <translation>Используйте URL входящего вебхука из раздела портала {integrations}.</translation>
    </message>
    <message>
        <source>Use an incoming webhook URL, or refresh the application&apos;s token.</source>
        <translation>Используйте URL входящего вебхука или обновите токен приложения.</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again. b24desk paces requests itself; use batch or &apos;Fetch all pages&apos; to need fewer requests.</source>
        <translation>Подождите несколько секунд и повторите. b24desk сам выдерживает темп запросов; чтобы запросов было меньше, используйте batch или «Загрузить все страницы».</translation>
    </message>
    <message>
        <source>Wait until the budget resets (the answer&apos;s operating_reset_at), then ask for less per call: fewer fields in select, narrower filters.</source>
        <translation>Дождитесь сброса лимита (operating_reset_at в ответе), затем запрашивайте меньше за вызов: меньше полей в select, более узкие фильтры.</translation>
    </message>
    <message>
        <source>b24desk webhooks rotate NAME NEW_URL (or a new --webhook URL)</source>
        <translation>b24desk webhooks rotate ИМЯ НОВЫЙ_URL (или новым URL в --webhook)</translation>
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
        <translation>Список полей от портала имеет неожиданный вид ({found}).</translation>
    </message>
</context>
<context>
    <name>json_codec</name>
    <message>
        <source>{reason} at line {line}, column {column}</source>
        <translation>{reason} в строке {line}, столбце {column}</translation>
    </message>
</context>
<context>
    <name>leak_scan</name>
    <message>
        <source>Developer resources &gt; Integrations &gt; the webhook &gt; Edit</source>
        <translation>Разработчикам &gt; Интеграции &gt; вебхук &gt; Редактировать</translation>
    </message>
    <message>
        <source>JSON-escaped</source>
        <translation>с JSON-экранированием</translation>
    </message>
    <message>
        <source>No Bitrix24 secrets found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>Секреты Bitrix24 не найдены; прочитано файлов: {files}, пропущено: {skipped} (двоичные или слишком большие), коммитов: {commits}.</translation>
    </message>
    <message>
        <source>The git command is not installed, so the history cannot be scanned.</source>
        <translation>Команда git не установлена, поэтому историю проверить нельзя.</translation>
    </message>
    <message>
        <source>This is an earlier secret of saved webhook {name!r} (already replaced): remove it from the file.</source>
        <translation>Это прежний секрет сохранённого вебхука {name!r} (уже заменён): удалите его из файла.</translation>
    </message>
    <message>
        <source>This is the secret of saved webhook {name!r}. Bitrix24 blocks a webhook whose secret is public: make a new secret in the portal ({portal_path}), then store it: b24desk webhooks rotate {name!r} NEW_URL</source>
        <translation>Это секрет сохранённого вебхука {name!r}. Bitrix24 блокирует вебхук, секрет которого стал публичным: создайте новый секрет на портале ({portal_path}), затем сохраните его: b24desk webhooks rotate {name!r} NEW_URL</translation>
    </message>
    <message>
        <source>URL-encoded</source>
        <translation>в URL-кодировке</translation>
    </message>
    <message>
        <source>as plain text</source>
        <translation>открытым текстом</translation>
    </message>
    <message>
        <source>base64-encoded</source>
        <translation>в base64</translation>
    </message>
    <message>
        <source>git could not read the history of {path}: {reason}</source>
        <translation>git не смог прочитать историю {path}: {reason}</translation>
    </message>
    <message>
        <source>outgoing-webhook application token</source>
        <translation>токен приложения исходящего вебхука</translation>
    </message>
    <message>
        <source>webhook URL with its secret</source>
        <translation>URL вебхука с секретом</translation>
    </message>
    <message>
        <source>{count} secret(s) found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.</source>
        <translation>Найдено секретов: {count}; прочитано файлов: {files}, пропущено: {skipped} (двоичные или слишком большие), коммитов: {commits}.</translation>
    </message>
    <message>
        <source>{path} is not inside a git repository, so it has no history to scan.</source>
        <translation>{path} не находится в репозитории git, поэтому истории для проверки нет.</translation>
    </message>
</context>
<context>
    <name>method_suggestions</name>
    <message>
        <source>Did you mean one of: {names}?</source>
        <translation>Возможно, вы имели в виду один из: {names}?</translation>
    </message>
    <message>
        <source>Did you mean {name}?</source>
        <translation>Возможно, вы имели в виду {name}?</translation>
    </message>
</context>
<context>
    <name>operating_time</name>
    <message>
        <source>{method} has used {used:.0f} s of its {limit:.0f} s operating-time budget; the portal will block it past the limit. The budget starts to recover at {reset}.</source>
        <translation>{method} израсходовал {used:.0f} с из {limit:.0f} с лимита времени выполнения; сверх лимита портал его заблокирует. Лимит начнёт восстанавливаться в {reset}.</translation>
    </message>
</context>
<context>
    <name>paging</name>
    <message>
        <source>the portal kept sending new rows past {total} without saying a total; paging stopped</source>
        <translation>портал продолжал присылать новые строки после {total}, не сообщая total; постраничная загрузка остановлена</translation>
    </message>
    <message>
        <source>the portal sent IDs outside the range asked for ({low} to {high}); paging stopped</source>
        <translation>портал прислал ID вне запрошенного диапазона (от {low} до {high}); загрузка остановлена</translation>
    </message>
    <message>
        <source>the portal sent only rows already fetched at offset {start}; paging stopped after {fetched} rows</source>
        <translation>портал прислал на смещении {start} только уже полученные строки; загрузка остановлена после {fetched} строк</translation>
    </message>
    <message>
        <source>the portal sent the same page again (the last ID did not move past {last}); paging stopped</source>
        <translation>портал снова прислал ту же страницу (последний ID не продвинулся дальше {last}); загрузка остановлена</translation>
    </message>
</context>
<context>
    <name>param_rows</name>
    <message>
        <source>&apos;{key}&apos; is not a parameter name (for example fields[TITLE]).</source>
        <translation>&apos;{key}&apos; не является именем параметра (например fields[TITLE]).</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date and time like 2026-11-25T14:30:00+03:00.</source>
        <translation>{key}: &apos;{value}&apos; не является датой и временем вида 2026-11-25T14:30:00+03:00.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a date like 2026-11-25.</source>
        <translation>{key}: &apos;{value}&apos; не является датой вида 2026-11-25.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a number.</source>
        <translation>{key}: &apos;{value}&apos; не является числом.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{key}: &apos;{value}&apos; не является целым числом.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not yes/no (true, false, 1, 0, Y, N).</source>
        <translation>{key}: &apos;{value}&apos; не является значением да/нет (true, false, 1, 0, Y, N).</translation>
    </message>
    <message>
        <source>{key}: the JSON value is not valid ({reason}).</source>
        <translation>{key}: некорректное значение JSON ({reason}).</translation>
    </message>
    <message>
        <source>{key}: unknown type &apos;{type}&apos;.</source>
        <translation>{key}: неизвестный тип &apos;{type}&apos;.</translation>
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
        <translation>{source} не является JSON: {reason}</translation>
    </message>
    <message>
        <source>{source} is not a Postman collection v2.1 (no info.schema naming v2.1 and no item list).</source>
        <translation>{source} не является коллекцией Postman v2.1 (нет info.schema с v2.1 и списка item).</translation>
    </message>
</context>
<context>
    <name>query</name>
    <message>
        <source>A parameter holds text that is not valid Unicode: {text!r}.</source>
        <translation>Параметр содержит текст с некорректным Юникодом: {text!r}.</translation>
    </message>
    <message>
        <source>Parameters nest deeper than {limit} levels (at {key}); PHP, and so the portal, reads at most {limit}.</source>
        <translation>Параметры вложены глубже {limit} уровней (в {key}); PHP, а значит и портал, читает не больше {limit}.</translation>
    </message>
    <message>
        <source>The value of {key} is a {type}; parameters can hold text, numbers, yes/no, lists and groups.</source>
        <translation>Значение {key} имеет тип {type}; параметры могут содержать текст, числа, да/нет, списки и группы.</translation>
    </message>
    <message>
        <source>The value of {key} is not a finite number.</source>
        <translation>Значение {key} не является конечным числом.</translation>
    </message>
</context>
<context>
    <name>receiver</name>
    <message>
        <source>The event could not be sent to {url}: {reason}</source>
        <translation>Не удалось отправить событие на {url}: {reason}</translation>
    </message>
</context>
<context>
    <name>request_checks</name>
    <message>
        <source>{key} is required and empty.</source>
        <translation>{key} обязателен, но пуст.</translation>
    </message>
    <message>
        <source>{key} is required and missing.</source>
        <translation>{key} обязателен, но отсутствует.</translation>
    </message>
    <message>
        <source>{key}: &apos;{value}&apos; is not one of the field&apos;s values ({values}).</source>
        <translation>{key}: «{value}» — не одно из значений поля ({values}).</translation>
    </message>
</context>
<context>
    <name>request_file</name>
    <message>
        <source>A request file names its webhook by a saved webhook&apos;s name or a {{{{variable}}}}, never by its URL (the URL holds the secret). Save the webhook and use its name.</source>
        <translation>Файл запроса называет вебхук по имени сохранённого вебхука или через {{{{variable}}}}, но никогда по URL (в URL есть секрет). Сохраните вебхук и используйте его имя.</translation>
    </message>
    <message>
        <source>The request cannot be written as a file: {reason}.</source>
        <translation>Запрос нельзя записать в файл: {reason}.</translation>
    </message>
    <message>
        <source>it was written by a newer b24desk (format {found}; this one reads up to {known}): update b24desk</source>
        <translation>он записан более новой версией b24desk (формат {found}; эта читает до {known}): обновите b24desk</translation>
    </message>
    <message>
        <source>{path} is not a saved b24desk request: {reason}</source>
        <translation>{path} — не сохранённый запрос b24desk: {reason}</translation>
    </message>
</context>
<context>
    <name>shell_words</name>
    <message>
        <source>A quote is not closed in the command: {text}</source>
        <translation>В команде не закрыта кавычка: {text}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>A saved webhook is already named {name!r}.</source>
        <translation>Сохранённый вебхук с именем {name!r} уже есть.</translation>
    </message>
    <message>
        <source>A saved webhook needs a name.</source>
        <translation>У сохранённого вебхука должно быть имя.</translation>
    </message>
    <message>
        <source>A webhook name cannot look like a URL or contain control characters.</source>
        <translation>Имя вебхука не может выглядеть как URL или содержать управляющие символы.</translation>
    </message>
    <message>
        <source>A webhook name may have at most {max} characters.</source>
        <translation>Имя вебхука может содержать не более {max} символов.</translation>
    </message>
    <message>
        <source>No saved webhook is named {name!r}.</source>
        <translation>Нет сохранённого вебхука с именем {name!r}.</translation>
    </message>
    <message>
        <source>No system keyring is available (backend: {backend}), so the webhook&apos;s secret cannot be {action}. Install or start one: on Linux GNOME Keyring or KWallet (any Secret Service provider, such as KeePassXC), on macOS the Keychain, on Windows the Credential Manager.</source>
        <translation>Системное хранилище ключей недоступно (бэкенд: {backend}), поэтому секретный код вебхука не может быть {action}. Установите или запустите его: в Linux — GNOME Keyring или KWallet (подойдёт любой провайдер Secret Service, например KeePassXC), в macOS — Связку ключей, в Windows — Диспетчер учётных данных.</translation>
    </message>
    <message>
        <source>Paste the new webhook URL or the bare secret (letters and digits, no spaces).</source>
        <translation>Вставьте новый URL вебхука или только секретный код (буквы и цифры, без пробелов).</translation>
    </message>
    <message>
        <source>Secret of {name!r} updated; its history is kept.</source>
        <translation>Секретный код {name!r} обновлён; история сохранена.</translation>
    </message>
    <message>
        <source>The history database {path} could not be used: {reason}.</source>
        <translation>Не удалось использовать базу данных истории {path}: {reason}.</translation>
    </message>
    <message>
        <source>The history database {path} was damaged ({reason}); it was kept as {backup} and a new, empty history was started.</source>
        <translation>База истории {path} была повреждена ({reason}); она сохранена как {backup}, начата новая пустая история.</translation>
    </message>
    <message>
        <source>The new URL belongs to user {new} (it was user {old}): calls now run with that user&apos;s rights.</source>
        <translation>Новый URL принадлежит пользователю {new} (был пользователь {old}): теперь вызовы выполняются с правами этого пользователя.</translation>
    </message>
    <message>
        <source>The portal address changed from {old} to {new}.</source>
        <translation>Адрес портала изменился с {old} на {new}.</translation>
    </message>
    <message>
        <source>The secret of webhook {name!r} is not in {backend}. Paste the webhook URL again with Update secret (b24desk webhooks rotate).</source>
        <translation>Секретного кода вебхука {name!r} нет в {backend}. Вставьте URL вебхука снова через «Обновить секретный код» (b24desk webhooks rotate).</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); it was kept as {backup} and b24desk started with empty settings. Saved secrets are still in the system keyring.</source>
        <translation>Не удалось прочитать файл настроек {path} ({reason}); он сохранён как {backup}, и b24desk запущен с пустыми настройками. Сохранённые секретные коды по-прежнему находятся в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read: {reason}.</source>
        <translation>Не удалось прочитать файл настроек {path}: {reason}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be written: {reason}.</source>
        <translation>Не удалось записать файл настроек {path}: {reason}.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) could not be opened, so the webhook&apos;s secret cannot be {action}: {reason}. Check that its service is running (on Linux: a D-Bus session with GNOME Keyring or KWallet) and try again.</source>
        <translation>Не удалось открыть системное хранилище ключей ({backend}), поэтому секретный код вебхука не может быть {action}: {reason}. Проверьте, что его служба запущена (в Linux — сеанс D-Bus с GNOME Keyring или KWallet), и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) is locked, so the webhook&apos;s secret cannot be {action}. Unlock it (log in again, or open your keyring manager such as Seahorse) and try again.</source>
        <translation>Системное хранилище ключей ({backend}) заблокировано, поэтому секретный код вебхука не может быть {action}. Разблокируйте его (войдите в систему заново или откройте менеджер ключей, например Seahorse) и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) refused, so the webhook&apos;s secret cannot be {action}: {reason}. Check the keyring manager (it may ask for permission or be full) and try again.</source>
        <translation>Системное хранилище ключей ({backend}) отказало, поэтому секретный код вебхука не может быть {action}: {reason}. Проверьте менеджер ключей (он может запрашивать разрешение или быть переполнен) и повторите попытку.</translation>
    </message>
    <message>
        <source>Until then you can use the webhook for this session only: its secret is kept in memory and forgotten when b24desk closes.</source>
        <translation>До тех пор вебхук можно использовать только в этом сеансе: его секретный код хранится в памяти и забывается при закрытии b24desk.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>память (только этот сеанс)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитан</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
</context>
<context>
    <name>variables</name>
    <message>
        <source>(none chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>The request uses variables with no value in the environment {environment}: {names}.</source>
        <translation>Запрос использует переменные без значения в окружении {environment}: {names}.</translation>
    </message>
</context>
<context>
    <name>webhook</name>
    <message>
        <source>A webhook URL looks like {example}</source>
        <translation>URL вебхука выглядит так: {example}</translation>
    </message>
    <message>
        <source>REST 3.0 addresses (/rest/api/...) are not supported yet; use the classic /rest/ URL.</source>
        <translation>Адреса REST 3.0 (/rest/api/...) пока не поддерживаются; используйте классический URL /rest/.</translation>
    </message>
    <message>
        <source>The address contains a user name or password before the host; remove it.</source>
        <translation>Адрес содержит имя пользователя или пароль перед хостом; удалите их.</translation>
    </message>
    <message>
        <source>The address has a broken IPv6 host (an unclosed [ or ]).</source>
        <translation>В адресе испорчен IPv6-хост (незакрытая [ или ]).</translation>
    </message>
    <message>
        <source>The address has extra parts after the method name.</source>
        <translation>В адресе есть лишние части после имени метода.</translation>
    </message>
    <message>
        <source>The address has no /rest/USER_ID/SECRET/ part, so it is not an incoming webhook.</source>
        <translation>В адресе нет части /rest/USER_ID/SECRET/, значит это не входящий вебхук.</translation>
    </message>
    <message>
        <source>The address has no portal name (host).</source>
        <translation>В адресе нет имени портала (хоста).</translation>
    </message>
    <message>
        <source>The address holds bytes that are not valid UTF-8 text.</source>
        <translation>Адрес содержит байты, которые не являются корректным текстом UTF-8.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for an on-premise portal).</source>
        <translation>Адрес должен начинаться с https:// (или http:// для коробочного портала).</translation>
    </message>
    <message>
        <source>The method name is {length} characters long; method names have at most {limit}.</source>
        <translation>Имя метода длиной {length} символов; имена методов не длиннее {limit}.</translation>
    </message>
    <message>
        <source>The method name may hold only letters, digits, dots and underscores.</source>
        <translation>Имя метода может содержать только буквы, цифры, точки и подчёркивания.</translation>
    </message>
    <message>
        <source>The port in the address is not a number from 1 to 65535.</source>
        <translation>Порт в адресе не является числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>The secret after the user id is missing.</source>
        <translation>После ID пользователя нет секретного кода.</translation>
    </message>
    <message>
        <source>The user id after /rest/ must be a number.</source>
        <translation>ID пользователя после /rest/ должен быть числом.</translation>
    </message>
    <message>
        <source>The webhook URL is empty.</source>
        <translation>URL вебхука пуст.</translation>
    </message>
    <message>
        <source>This is an application (OAuth) address without a user id and secret; b24desk needs an incoming webhook.</source>
        <translation>Это адрес приложения (OAuth) без ID пользователя и секретного кода; b24desk нужен входящий вебхук.</translation>
    </message>
    <message>
        <source>b24desk reads JSON answers; use the .json suffix instead of .xml.</source>
        <translation>b24desk читает ответы в JSON; используйте суффикс .json вместо .xml.</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>The open tabs could not be restored from {path} ({reason}); b24desk starts with one empty tab.</source>
        <translation>Открытые вкладки не удалось восстановить из {path} ({reason}); b24desk начинает с одной пустой вкладки.</translation>
    </message>
</context>
</TS>
