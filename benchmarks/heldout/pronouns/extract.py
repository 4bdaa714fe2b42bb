import json,re
SRC='/work/shared/eval/de_wikinews_quote_attribution/wikinews_de_train.jsonl'
PRON=re.compile(r'^(er|sie|es|ihm|ihr|ihnen)$',re.I)
POSS=re.compile(r'^(seine[rmns]?|ihre[rmns]?)\s+((Meinung|Ansicht|Aussage|Aussagen|Darstellung|Auffassung|Homepage|Presseerklärung|Wutrede|zentrale Aussage)$|Bericht\b)',re.I)
def items():
    k=0
    for l in open(SRC):
        d=json.loads(l)
        for qi,q in enumerate(d['quotes']):
            s=q['speaker']; sp=q['speaker_spans']
            if not s: continue
            ptxt=None
            for a,b in sp:
                t=d['text'][a:b]
                if PRON.match(t) or POSS.match(t): ptxt=(t,a,b); break
            if ptxt is None: continue
            yield d,qi,q,ptxt
if __name__=='__main__':
    seen=set(); i=0
    for d,qi,q,(t,a,b) in items():
        key=(d['id'],a)
        if key in seen: continue
        seen.add(key)
        ctx=d['text'][max(0,a-420):a].replace('\n',' ')
        after=d['text'][b:b+80].replace('\n',' ')
        print(f"### {d['id']}@{a} [{q['form']}] ...{ctx}[[{t}]]{after}")
