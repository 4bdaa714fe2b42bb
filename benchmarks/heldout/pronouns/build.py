import json,re
from extract import items
dec={}
for l in open('decisions.tsv',encoding='utf-8'):
    l=l.rstrip('\n')
    if not l: continue
    k,ref,surf,note=l.split('|')
    dec[k]=(ref,surf,note)
def lastocc(t,s,end):
    i=t.rfind(s,0,end)
    while i>=0 and i+len(s)>end: i=t.rfind(s,0,i)
    return i
out=[];missing=[];used=set()
for d,qi,q,(p,a,b) in items():
    k=d['id'].split('-')[1]+'@'+str(a)
    if k not in dec: missing.append(k); continue
    used.add(k)
    ref,surf,note=dec[k]; t=d['text']
    span=None
    for c in [ref]+([surf] if surf else []):
        i=lastocc(t,c,a)
        if i>=0: span=[i,i+len(c)]; break
    if span is None:
        lw=ref.split()[-1]
        i=lastocc(t,lw,a)
        if i>=0: span=[i,i+len(lw)]
    if span is None: print('NOSPAN',k,ref); continue
    r={"id":d['id'],"speaker_spans":q['speaker_spans'],"pronoun":p,"form":q['form'],"referent":ref,"referent_span":span}
    if note: r["note"]=note
    out.append(r)
with open('wikinews_train_pronouns.jsonl','w',encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print('written',len(out),'skipped annotations',len(missing),sorted(set(missing)),'unused decisions',set(dec)-used)
