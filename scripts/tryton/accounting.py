"""Company, fiscal year and chart for the seed: our own small versions of Tryton's test tools (importing those
packages pulls in Tryton's test harness, which needs a DB_NAME environment and switches the pool to test mode)."""
import datetime
from decimal import Decimal

from proteus import Model, Wizard
from proteus.config import get_config


def create_company(name, currency_code='USD'):
    Party = Model.get('party.party')
    User = Model.get('res.user')
    Currency = Model.get('currency.currency')
    CurrencyRate = Model.get('currency.currency.rate')
    currencies = Currency.find([('code', '=', currency_code)])
    if currencies:
        currency, = currencies
    else:
        currency = Currency(name='US Dollar', symbol='$', code=currency_code, rounding=Decimal('0.01'))
        currency.save()
        CurrencyRate(date=datetime.date.min, rate=Decimal('1.0'), currency=currency).save()
    party = Party(name=name)
    party.save()
    wizard = Wizard('company.company.config')
    wizard.execute('company')
    wizard.form.party = party
    wizard.form.currency = currency
    wizard.execute('add')
    # the admin's preferences now carry the company: later records are created for it
    get_config()._context = User.get_preferences(True, {})
    Company = Model.get('company.company')
    company, = Company.find()
    return company


def create_fiscal_year(company, today):
    FiscalYear = Model.get('account.fiscalyear')
    Sequence = Model.get('ir.sequence')
    SequenceStrict = Model.get('ir.sequence.strict')
    SequenceType = Model.get('ir.sequence.type')
    move_type, = SequenceType.find([('name', '=', 'Account Move')], limit=1)
    invoice_type, = SequenceType.find([('name', '=', 'Invoice')], limit=1)
    year = FiscalYear(name=str(today.year), company=company)
    year.start_date = datetime.date(today.year, 1, 1)
    year.end_date = datetime.date(today.year, 12, 31)
    year.post_move_sequence = Sequence(name=str(today.year), sequence_type=move_type, company=company)
    year.post_move_sequence.save()
    invoices = SequenceStrict(name=str(today.year), sequence_type=invoice_type, company=company, prefix='INV-')
    invoices.save()
    sequences, = year.invoice_sequences
    sequences.out_invoice_sequence = invoices
    sequences.in_invoice_sequence = invoices
    sequences.out_credit_note_sequence = invoices
    sequences.in_credit_note_sequence = invoices
    year.save()
    year.click('create_period')
    return year


def create_chart(company):
    """The minimal chart shipped with the account module; returns the accounts by kind."""
    AccountTemplate = Model.get('account.account.template')
    Account = Model.get('account.account')
    ModelData = Model.get('ir.model.data')
    data, = ModelData.find([('module', '=', 'account'), ('fs_id', '=', 'account_template_root_en')], limit=1)
    wizard = Wizard('account.create_chart')
    wizard.execute('account')
    wizard.form.account_template = AccountTemplate(data.db_id)
    wizard.form.company = company
    wizard.execute('create_account')
    accounts = {}
    for kind in ['receivable', 'payable', 'revenue', 'expense']:
        accounts[kind], = Account.find([('type.%s' % kind, '=', True), ('company', '=', company.id)], limit=1)
    wizard.form.account_receivable = accounts['receivable']
    wizard.form.account_payable = accounts['payable']
    wizard.execute('create_properties')
    return accounts
