<?php
// Test bridge: reads one JSON request per line on stdin, answers one JSON line on stdout.
// {"op":"encode","data":{...}}  -> {"out": http_build_query(data)}
// {"op":"decode","query":"..."}  -> {"out": parse_str(query)}
// {"op":"encode_many"|"decode_many","data":[...]} -> {"out": [one answer per item]}
// {"op":"literals","data":[php code...]} -> {"out": [http_build_query(eval(code)) per item]}
// {"op":"floats","data":[...]}   -> {"out": [http_build_query(["f"=>x]) for each x]}
while (($line = fgets(STDIN)) !== false) {
    $req = json_decode($line, true, 512, JSON_BIGINT_AS_STRING);
    if ($req['op'] === 'encode') {
        $out = http_build_query($req['data']);
    } elseif ($req['op'] === 'decode') {
        parse_str($req['query'], $out);
    } elseif ($req['op'] === 'encode_many') {
        $out = array_map('http_build_query', $req['data']);
    } elseif ($req['op'] === 'decode_many') {
        $out = [];
        foreach ($req['data'] as $query) {
            parse_str($query, $one);
            $out[] = $one;
        }
    } elseif ($req['op'] === 'literals') {
        // Test only: evaluates array literals the project generated, to prove PHP reads them back.
        $out = [];
        foreach ($req['data'] as $code) {
            $out[] = http_build_query(eval('return ' . $code . ';'));
        }
    } elseif ($req['op'] === 'floats') {
        $out = [];
        foreach ($req['data'] as $hex) {
            $out[] = substr(http_build_query(['f' => unpack('E', hex2bin($hex))[1]]), 2);
        }
    } else {
        $out = null;
    }
    echo json_encode(['out' => $out], JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE), "\n";
    flush();
}
