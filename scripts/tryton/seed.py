"""Seed a freshly activated Tryton 6.0 database with Crossdock's test world.

Run by tryton.sh with /usr/bin/python3 (the Debian interpreter that can import trytond):
    seed.py CONFIG_FILE DATABASE

What it creates (the integration tests assert on these, keep them in step with main/core/connectors/tryton/seed-facts.ts):
- company "Crossdock Demo Supply" (USD), fiscal year with invoice sequences, the minimal chart, a 30-day payment term
- warehouses WH (Tryton's default) and WH2 (a second one with its own locations)
- products whose code is our SKU: SKU-1001, SKU-1002, SKU-1003 (goods), stock in both warehouses
- customers "Acme Retail" and "Bolt Hardware"
- sales whose `reference` is the customer's PO number:
    4500012345 Acme  WH   confirmed, shipped (done), invoice posted
    4500012346 Bolt  WH   confirmed, shipped (done), invoice posted
    4500012347 Acme  WH2  confirmed, invoiced on shipment, shipment still waiting
    4500012348 Bolt  WH   quoted only
    4500012349 Acme  WH   quoted only
    4500012345 Acme  WH   a return sale (negative line, description RMA-7001) against that PO: return shipment
                          received, credit note posted
Numbers: sales SO-n, shipments SHP-n, return shipments RET-n, invoices and credit notes INV-n.
"""
import datetime
import sys
from decimal import Decimal

from proteus import Model, config as proteus_config

from accounting import create_chart, create_company, create_fiscal_year


def main(config_file, database):
    proteus_config.set_trytond(database=database, config_file=config_file)
    Party = Model.get('party.party')
    company = create_company('Crossdock Demo Supply')
    create_fiscal_year(company, datetime.date.today())
    accounts = create_chart(company)

    number_documents()
    payment_term = create_payment_term()
    category = create_account_category(accounts)
    products = create_products(category)
    warehouses = create_warehouses()
    stock_up(products, warehouses)

    acme = Party(name='Acme Retail')
    acme.save()
    bolt = Party(name='Bolt Hardware')
    bolt.save()

    sku = lambda code: products[code]
    processed = [
        ('4500012345', acme, 'WH', [(sku('SKU-1001'), 10, '12.50'), (sku('SKU-1002'), 4, '40.00')]),
        ('4500012346', bolt, 'WH', [(sku('SKU-1003'), 24, '3.25')]),
    ]
    for reference, party, warehouse, lines in processed:
        sale = create_sale(reference, party, warehouses[warehouse], payment_term, lines, 'order')
        confirm(sale)
        ship(sale)
        post_invoices(sale)

    waiting = create_sale('4500012347', acme, warehouses['WH2'], payment_term, [(sku('SKU-1002'), 6, '40.00')], 'shipment')
    confirm(waiting)

    for reference, party, lines in [
        ('4500012348', bolt, [(sku('SKU-1001'), 5, '12.50'), (sku('SKU-1003'), 12, '3.25')]),
        ('4500012349', acme, [(sku('SKU-1002'), 2, '40.00')]),
    ]:
        create_sale(reference, party, warehouses['WH'], payment_term, lines, 'order').click('quote')

    rma = create_sale('4500012345', acme, warehouses['WH'], payment_term, [(sku('SKU-1001'), -2, '12.50')], 'order', 'RMA-7001')
    confirm(rma)
    receive_returns(rma)
    post_invoices(rma)


def number_documents():
    """Readable numbers per document type, so a sale, a shipment and an invoice never share one."""
    Sequence = Model.get('ir.sequence')
    for type_name, prefix in [('Sale', 'SO-'), ('Customer Shipment', 'SHP-'), ('Customer Return Shipment', 'RET-')]:
        for sequence in Sequence.find([('sequence_type.name', '=', type_name)]):
            sequence.prefix = prefix
            sequence.save()


def create_payment_term():
    PaymentTerm = Model.get('account.invoice.payment_term')
    term = PaymentTerm(name='Net 30')
    line = term.lines.new(type='remainder')
    delta = line.relativedeltas.new()
    delta.days = 30
    term.save()
    return term


def create_account_category(accounts):
    Category = Model.get('product.category')
    category = Category(name='Goods')
    category.accounting = True
    category.account_expense = accounts['expense']
    category.account_revenue = accounts['revenue']
    category.save()
    return category


def create_products(category):
    Template = Model.get('product.template')
    Uom = Model.get('product.uom')
    unit, = Uom.find([('name', '=', 'Unit')])
    products = {}
    for code, name, price in [('SKU-1001', 'Widget, blue', '12.50'), ('SKU-1002', 'Gearbox 40 mm', '40.00'), ('SKU-1003', 'Hex bolt M8 (box)', '3.25')]:
        # Tryton 6.0: product.code is computed (template code + variant suffix); the template holds our SKU
        template = Template(name=name, code=code, default_uom=unit, type='goods', salable=True, list_price=Decimal(price), account_category=category)
        template.save()
        products[code], = template.products
    return products


def create_warehouses():
    Location = Model.get('stock.location')
    main, = Location.find([('code', '=', 'WH')])
    lost_found, = Location.find([('type', '=', 'lost_found')], limit=1)
    second = Location(name='Warehouse 2', code='WH2', type='warehouse')
    second.input_location = Location(name='WH2 Input', type='storage')
    second.output_location = Location(name='WH2 Output', type='storage')
    second.storage_location = Location(name='WH2 Storage', type='storage')
    for child in (second.input_location, second.output_location, second.storage_location):
        child.save()
    second.lost_found_location = lost_found
    second.save()
    for child in (second.input_location, second.output_location, second.storage_location):
        child.parent = second
        child.save()
    return {'WH': main, 'WH2': second}


def stock_up(products, warehouses):
    Inventory = Model.get('stock.inventory')
    levels = {'WH': {'SKU-1001': 100, 'SKU-1002': 30, 'SKU-1003': 500}, 'WH2': {'SKU-1001': 20, 'SKU-1002': 15}}
    for code, per_product in levels.items():
        inventory = Inventory(location=warehouses[code].storage_location)
        for sku, quantity in per_product.items():
            line = inventory.lines.new(product=products[sku])
            line.quantity = float(quantity)
            line.expected_quantity = 0.0
        inventory.click('confirm')


def create_sale(reference, party, warehouse, payment_term, lines, invoice_method, description=None):
    Sale = Model.get('sale.sale')
    sale = Sale(party=party, reference=reference, warehouse=warehouse, payment_term=payment_term, invoice_method=invoice_method, description=description)
    for product, quantity, price in lines:
        line = sale.lines.new(product=product)
        line.quantity = float(quantity)
        # proteus leaves unit_price empty when the product is set in new(): set it explicitly
        line.unit_price = Decimal(price)
    sale.save()
    return sale


def confirm(sale):
    sale.click('quote')
    sale.click('confirm')
    sale.reload()


def ship(sale):
    for shipment in sale.shipments:
        shipment.click('assign_try')
        shipment.click('pick')
        shipment.click('pack')
        shipment.click('done')
    sale.reload()


def receive_returns(sale):
    for shipment in sale.shipment_returns:
        shipment.click('receive')
        shipment.click('done')
    sale.reload()


def post_invoices(sale):
    sale.reload()
    for invoice in sale.invoices:
        if invoice.state == 'draft':
            invoice.invoice_date = datetime.date.today()
            invoice.click('post')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
