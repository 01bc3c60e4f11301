"""Ways offices lay out what they send: 红头文件, 函, 纪要, 工作信息, web reprints, plain summaries, tables.
Each returns a list of HTML fragments; make.py wraps them into a page."""
import html

def esc(s):
    return html.escape(s)

def para(text, cls=None, style=None):
    if text.startswith('\f'):
        return f"<p style='page-break-before: always'>{esc(text[1:])}</p>"
    c = f" class='{cls}'" if cls else ''
    s = f" style='{style}'" if style else ''
    return f"<p{c}{s}>{esc(text)}</p>"

def grid(rows, widths=None):
    out = ["<table border='1' cellspacing='0' cellpadding='3'>"]
    for r in rows:
        out.append('<tr>' + ''.join(f'<td>{esc(str(c))}</td>' for c in r) + '</tr>')
    return ''.join(out) + '</table>'

def rule():
    return "<hr style='border: 0; border-top: 2pt solid #c00000; margin: 4pt 0 10pt 0'/>"

def official(issuer, number, title, to, paras, signer, date, masthead=None, attachments=None, extra='', cc=None):
    """GB/T 9704: red masthead (XX文件), number, red rule, title, addressee, body, 附件 list, signature, date."""
    body = []
    if masthead is not False:
        body.append(para(masthead or f'{issuer}文件', 'red'))
        if number: body.append(para(number, 'num'))
        body.append(rule())
    elif number:
        body.append(para(number, 'num'))
    body.append(para(title, 'title'))
    if to: body.append(para(to, 'flush'))
    body += [para(p) for p in paras]
    if attachments:
        body.append(para('附件：' + attachments[0]))
        body += [para(a, style='text-indent: 5em') for a in attachments[1:]]
    if signer: body.append(para(signer, 'sign'))
    if date: body.append(para(date, 'sign'))
    body.append(extra)
    if cc: body += [rule(), para(cc, 'flush')]
    return body

def letter(issuer, number, title, to, paras, signer, date, extra='', contact=None):
    """函: the issuer's name in red without 文件, the number flush right under a thin rule."""
    body = [para(issuer, 'red'), rule(), para(number, 'sign'), para(title, 'title')]
    if to: body.append(para(to, 'flush'))
    body += [para(p) for p in paras]
    if contact: body.append(para(contact))
    body += [extra, para(signer, "sign"), para(date, "sign")]
    return body

def plain(title, paras, signer=None, date=None, extra='', subtitle=None, lead=None):
    body = [para(title, 'title')]
    if subtitle: body.append(para(subtitle, 'num'))
    if lead: body.append(lead)
    body += [para(p) for p in paras]
    body.append(extra)
    if signer: body.append(para(signer, 'sign'))
    if date: body.append(para(date, 'sign'))
    return body

def bulletin(name, issue, issuer, date, items, total=None, footer=None):
    """工作信息: the bulletin's name as a red masthead, 第N期, the issuing office and date on one line, a red rule."""
    head = f'第{issue}期' + (f'（总第{total}期）' if total else '')
    body = [para(name, 'red'), para(head, 'num'),
            f"<p class='flush'>{esc(issuer)}<span style='float:right'>{esc(date)}</span></p>", rule()]
    for headline, ps in items:
        body.append(para(headline, 'title'))
        body += [para(p) for p in ps]
    if footer: body += [rule(), para(footer, 'flush')]
    return body

def web(site, nav, title, meta, paras, tail):
    """A page printed from a website: navigation, location line, the article, the site's footer."""
    body = [para(site, 'flush', 'font-size: 11pt; color: #1f4e9c'), para(nav, 'flush', 'font-size: 9pt'),
            para(title, 'title'), para(meta, 'num', 'font-size: 9pt')]
    body += [para(p) for p in paras]
    body += [para(t, 'flush', 'font-size: 9pt') for t in tail]
    return body
