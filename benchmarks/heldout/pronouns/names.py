import json,re,sys
SRC='/work/shared/eval/de_wikinews_quote_attribution/wikinews_de_train.jsonl'
docs={json.loads(l)['id']:json.loads(l) for l in open(SRC)}
for arg in sys.argv[1:]:
    did,w=arg.split(':')
    t=docs['dewikinews-'+did]['text']
    ms=set()
    for m in re.finditer(r'(?:[\w.\-]+ ){0,3}'+re.escape(w)+r'\w*',t): ms.add((m.start(),m.group()))
    print(did,w,sorted(ms)[:8])
